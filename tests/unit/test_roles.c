/* Unit tests for extract/roles and extract/target: who did it to whom
 * when the pattern's slots do not say (docs/events.md, "Source and
 * target"): the subject and object of the clause, the passive, owners,
 * "between", people irkg does not code, where a hostile act hit, and what a
 * response answers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../extract/roles.h"
#include "../../extract/target.h"
#include "testutil_extract.h"

static const struct testutil_file files[] = {
	{"events-04.txt", "042\thost* talks\n"
			  "042\tvisited\n"
			  "040\tmet\n"},
	{"events-05.txt", "057\tsign* [a] declaration\n"},
	{"events-10.txt", "100\tdemand*\n"},
	{"events-11.txt", "111\tcriticised|criticized\n"
			  "111\tdismiss* [the] declaration\n"},
	{"events-12.txt", "120\treject*\n"},
	{"events-16.txt", "163\timpose* sanctions\n"
			  "163\tsanctioned\n"},
	{"events-18.txt", "181\tabduct*\n"},
	{"events-19.txt", "190\tshell*|attack*\n"
			  "192\tinvasion\n"},
	{"cues.txt", "say\tsaid\n"},
};

static int setup(void **state)
{
	return testutil_world_setup(state, files, TESTUTIL_N_ELEMS(files));
}

/* The source and target irkg_roles_find gives the match of `code` in the
 * first sentence of `text`, as "SRC>TGT" unit codes, or why none. */
static void roles_are(void **state, const char *text, const char *code,
		      const char *want)
{
	struct testutil_sentence s;
	const struct event_match *m;
	struct irkg_fact x;
	long src, tgt, answered = -1;
	const char *why;
	char got[256];

	testutil_sentence_open(*state, text, 0, &s);
	m = testutil_match(&s, code);
	memset(&x, 0, sizeof(x));
	x.kind = IRKG_FACT_EVENT;
	x.code = m->pattern->code;
	src = m->src;
	tgt = m->tgt;
	why = irkg_roles_find(&s.f, m, &x, &src, &tgt, &answered);
	if (why) {
		snprintf(got, sizeof(got), "%s", why);
	} else {
		/* testutil_unit reuses one buffer: one unit at a time */
		char source[128];

		snprintf(source, sizeof(source), "%s", testutil_unit(&s, src));
		snprintf(got, sizeof(got), "%s>%s", source,
			 testutil_unit(&s, tgt));
	}
	if (strcmp(got, want) != 0)
		fail_msg("%s: got %s, want %s", text, got, want);
	testutil_sentence_close(&s);
}

static void test_subject_and_object(void **state)
{
	roles_are(state, "Japan criticised China on Monday.", "111", "JPN>CHN");
	/* an actor after a preposition is not the subject */
	roles_are(state, "Japan, in talks with Russia, criticised China.",
		  "111", "JPN>CHN");
	/* the speaker of a scare quote is not the object */
	roles_are(state, "Japan criticised what China called a Russian move.",
		  "111", "JPN>RUS");
}

static void test_passive(void **state)
{
	roles_are(state,
		  "Three Japanese fishermen were abducted by Russian "
		  "soldiers.",
		  "181", "RUS>JPN");
	/* in a relative clause, who suffered it is what the clause hangs
	 * on */
	roles_are(state,
		  "Tokyo demanded the return of three Japanese fishermen who "
		  "were abducted by Russian soldiers.",
		  "181", "RUS>JPN");
	/* ... an actor, not a noun without one ("the men who") */
	roles_are(state,
		  "Japan said the men who were abducted by Russian soldiers "
		  "were freed.",
		  "181", "RUS>");
}

/* Across "but", the subject both clauses share is the first actor of the
 * clause before, not one after a preposition there. */
static void test_across_but(void **state)
{
	roles_are(state,
		  "Japan and China signed a declaration in 2020 but have met "
		  "rarely since.",
		  "040", "JPN,CHN>-");
	roles_are(state,
		  "The leaders of Japan and China signed a declaration but "
		  "have met rarely since.",
		  "040", "JPN,CHN>-");
	/* the passive's doer, or a noun of it, is not the subject */
	roles_are(state,
		  "The forum was founded in 1991 by the foreign ministers of "
		  "Japan and China, but has met rarely since.",
		  "040", "no actor to code");
	roles_are(state,
		  "The forum was founded by Japan and China but has met "
		  "rarely since.",
		  "040", "no actor to code");
}

/* The owner of a noun is its doer. */
static void test_owner(void **state)
{
	roles_are(state, "Japan criticised Russia's invasion of Ukraine.",
		  "192", "RUS>UKR");
}

/* The other side of a consultation is named after "between". */
static void test_between(void **state)
{
	roles_are(state, "Qatar hosted talks between Russia and Ukraine.",
		  "042", "QAT>RUS,UKR");
}

/* After a hostile act "on" names the target; people irkg does not code
 * are no source. */
static void test_hostile(void **state)
{
	roles_are(state, "Japan imposed sanctions on Russia.", "163",
		  "JPN>RUS");
	roles_are(state, "Gunmen attacked Ukraine.", "190",
		  "done by people not coded");
	roles_are(state, "Someone attacked Ukraine.", "190",
		  "no actor to code");
}

/* Where a hostile act hit: a place of another state right after it, or
 * after "in". */
static void test_where_it_hit(void **state)
{
	struct testutil_sentence s;
	const struct event_match *m;
	long src;

	roles_are(state, "Russian forces shelled Kharkiv.", "190", "RUS>UKR");
	roles_are(state, "Russian forces shelled a refinery in Kharkiv.", "190",
		  "RUS>UKR");
	/* ... not its own place */
	testutil_sentence_open(*state, "Ukrainian forces shelled Kharkiv.", 0,
			       &s);
	m = testutil_match(&s, "190");
	src = s.f.unit_at[testutil_token(&s.r, "ukrainian", 0) - s.f.s_first];
	assert_true(src >= 0);
	assert_int_equal(irkg_target_hostile(&s.f, m, src, 19), -1);
	testutil_sentence_close(&s);
}

/* "rejected the demand": the target is who made the demand. */
static void test_answered(void **state)
{
	char *got = testutil_facts(*state,
				   "Japan demanded China's withdrawal. China "
				   "rejected the demand.");

	assert_string_equal(got, "100 JPN>CHN\n120 CHN>JPN\n");
	free(got);
}

/* What a response answers, told with its noun more than five sentences
 * before: only when every act so told had the same doers. */
static void test_answered_far_back(void **state)
{
	const char *filler = "The talks went on. The weather was fine. The "
			     "hall was full. The food was good. The press was "
			     "there. ";
	char text[512];
	char *got;

	snprintf(text, sizeof(text),
		 "Japan and Ukraine signed a declaration. %sRussia dismissed "
		 "the declaration.",
		 filler);
	got = testutil_facts(*state, text);
	assert_string_equal(got, "057 JPN>UKR\n111 RUS>JPN\n111 RUS>UKR\n");
	free(got);

	/* two declarations by different signers: whose is unknown */
	snprintf(text, sizeof(text),
		 "Japan and Ukraine signed a declaration. China and Qatar "
		 "signed a declaration. %sRussia dismissed the declaration.",
		 filler);
	got = testutil_facts(*state, text);
	assert_string_equal(got, "057 JPN>UKR\n057 CHN>QAT\n111 -\n");
	free(got);

	/* too far back */
	snprintf(text, sizeof(text),
		 "Japan and Ukraine signed a declaration. %s%s%sRussia "
		 "dismissed the declaration.",
		 filler, filler, filler);
	got = testutil_facts(*state, text);
	assert_string_equal(got, "057 JPN>UKR\n111 -\n");
	free(got);
}

/* A verb after ", and" with no subject of its own shares its main
 * clause's subject, not an actor of a subordinate clause the comma
 * closes; inside that clause, with no comma, the actor is its own. */
static void test_coordinated_subject(void **state)
{
	roles_are(state,
		  "Japan has criticised Russia since the invasion of "
		  "Ukraine, and later sanctioned Iran.",
		  "163", "JPN>IRN");
	roles_are(state,
		  "Japan said that China had attacked Ukraine, and "
		  "sanctioned Iran.",
		  "163", "JPN>IRN");
	/* control: the coordinated verb of the subordinate clause */
	roles_are(state, "Japan said that China quickly sanctioned Iran.",
		  "163", "CHN>IRN");
	/* control: a clause that opens the sentence is no subordinate
	 * clause of the subject */
	roles_are(state,
		  "Since the war, Japan has criticised Russia, and "
		  "sanctioned Iran.",
		  "163", "JPN>IRN");
}

/* An actor in an apposition to the subject ("the AU-appointed
 * mediator") is not the subject of the verb after it; a list is. */
static void test_apposition(void **state)
{
	roles_are(state,
		  "Japan, the Qatar-appointed mediator in the talks, "
		  "visited China on Monday.",
		  "042", "JPN>CHN");
	roles_are(state, "Japan, a Qatar-backed broker, met Iran.", "040",
		  "JPN>IRN");
	/* control: no closing comma, no apposition */
	roles_are(state, "The Qatar-appointed mediator visited China.", "042",
		  "QAT>CHN");
	/* the object of a relative clause is what "which" stands for */
	roles_are(state, "Japan praised China, with which Russia met.", "040",
		  "RUS>CHN");
	/* control: a coordination after the comma is a list */
	roles_are(state,
		  "Japan, the United States and South Korea, criticised "
		  "China.",
		  "111", "USA,KOR>CHN");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject_and_object),
		cmocka_unit_test(test_passive),
		cmocka_unit_test(test_across_but),
		cmocka_unit_test(test_owner),
		cmocka_unit_test(test_between),
		cmocka_unit_test(test_hostile),
		cmocka_unit_test(test_where_it_hit),
		cmocka_unit_test(test_answered),
		cmocka_unit_test(test_answered_far_back),
		cmocka_unit_test(test_coordinated_subject),
		cmocka_unit_test(test_apposition),
	};

	return cmocka_run_group_tests(tests, setup, testutil_world_teardown);
}
