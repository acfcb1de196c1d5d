/* Unit tests for extract/text: sentences, tokens, offsets, normal forms. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "../../extract/text.h"
#include "../../common/error.h"
#include "testutil_core.h"

static irkg_text *text_new(const char *s)
{
	irkg_text *t = NULL;

	assert_int_equal(irkg_text_new(&t, s, strlen(s)), 0);
	assert_non_null(t);
	return t;
}

/* Fails unless s[start, end) is `want`. */
static void assert_span(const char *s, size_t start, size_t end,
			const char *want)
{
	assert_true(start <= end);
	assert_true(end <= strlen(s));
	if (strlen(want) != end - start ||
	    memcmp(s + start, want, end - start) != 0)
		fail_msg("span [%zu, %zu) is \"%.*s\", want \"%s\"", start, end,
			 (int)(end - start), s + start, want);
}

/* ---- sentences ---- */

struct sentence_case {
	const char *text;
	const char *want[6]; /* each sentence as it stands in the text */
};

static const struct sentence_case sentence_cases[] = {
	{"Mr. Smith went to Washington. He met Dr. Jones.",
	 {"Mr. Smith went to Washington.", "He met Dr. Jones."}},
	{"George W. Bush said so. Then he left.",
	 {"George W. Bush said so.", "Then he left."}},
	{"The meeting ended at 5 p.m. on Monday. Talks resume today.",
	 {"The meeting ended at 5 p.m. on Monday.", "Talks resume today."}},
	{"Growth was 3.5 percent. Prices rose.",
	 {"Growth was 3.5 percent.", "Prices rose."}},
	{"U.S. officials said. The next day, talks began.",
	 {"U.S. officials said.", "The next day, talks began."}},
	{"He met U.S. officials. They talked.",
	 {"He met U.S. officials.", "They talked."}},
	{"The talks were held in the U.S. Officials said nothing.",
	 {"The talks were held in the U.S. Officials said nothing."}},
	{"The talks were held in the U.S.\nOfficials said nothing.",
	 {"The talks were held in the U.S.", "Officials said nothing."}},
	{"\"We will.\" He left.", {"\"We will.\"", "He left."}},
	{"\xE2\x80\x9CWe will not back down,\xE2\x80\x9D he said. The crowd "
	 "cheered.",
	 {"\xE2\x80\x9CWe will not back down,\xE2\x80\x9D he said.",
	  "The crowd cheered."}},
	{"She said: \xE2\x80\x9C"
	 "Enough.\xE2\x80\x9D Then she left.",
	 {"She said: \xE2\x80\x9C"
	  "Enough.\xE2\x80\x9D",
	  "Then she left."}},
	{"\"Stop!\" he shouted.", {"\"Stop!\" he shouted."}},
	{"Wait\xE2\x80\xA6 Then it came.",
	 {"Wait\xE2\x80\xA6", "Then it came."}},
	{"He paused... Then he spoke.", {"He paused...", "Then he spoke."}},
	{"Is it true? Yes! It is.", {"Is it true?", "Yes!", "It is."}},
	{"Why? because.", {"Why? because."}},
	{"Gen. Kim met Lt. Col. Park and Sen. Lee.",
	 {"Gen. Kim met Lt. Col. Park and Sen. Lee."}},
	{"Talks on Jan. 5 failed. No. 10 said nothing.",
	 {"Talks on Jan. 5 failed.", "No. 10 said nothing."}},
	{"The answer was no. The vote failed.",
	 {"The answer was no.", "The vote failed."}},
	{"It costs $1,000. That is a lot.",
	 {"It costs $1,000.", "That is a lot."}},
	{"Apple Inc. said profits rose.", {"Apple Inc. said profits rose."}},
	{"In 2019 the economy grew. 2020 was worse.",
	 {"In 2019 the economy grew.", "2020 was worse."}},
	{"The U.N. Security Council met. It voted.",
	 {"The U.N. Security Council met.", "It voted."}},
	{"The envoy J. Smith arrived. He spoke.",
	 {"The envoy J. Smith arrived.", "He spoke."}},
	{"The vote was set for Sept. 30. Officials agreed.",
	 {"The vote was set for Sept. 30.", "Officials agreed."}},
	{"Some, e.g. Japan, agreed. Others did not.",
	 {"Some, e.g. Japan, agreed.", "Others did not."}},
	{"Headline Without Punctuation\n\nThe body starts here. It goes on.",
	 {"Headline Without Punctuation", "The body starts here.",
	  "It goes on."}},
	{"A line of a paragraph\ncontinues here. End.\n\nNew paragraph.",
	 {"A line of a paragraph\ncontinues here.", "End.", "New paragraph."}},
	{"He left.\nShe stayed.", {"He left.", "She stayed."}},
	{"Chung Eui-yong met Abe.\r\nThey talked.",
	 {"Chung Eui-yong met Abe.", "They talked."}},
	{"No final punctuation here", {"No final punctuation here"}},
	{"Seoul said it would talk\nto Tokyo",
	 {"Seoul said it would talk\nto Tokyo"}},
	{"", {NULL}},
	{"  \n\n \t ", {NULL}},
	{"Japan's envoy, Mr. Abe, said: \"It's over.\" He smiled.",
	 {"Japan's envoy, Mr. Abe, said: \"It's over.\"", "He smiled."}},
};

static void test_sentences(void **state)
{
	size_t c;

	(void)state;
	for (c = 0; c < TESTUTIL_N_ELEMS(sentence_cases); c++) {
		const struct sentence_case *k = &sentence_cases[c];
		irkg_text *t = text_new(k->text);
		size_t n, n_tokens, i, want = 0, next_token = 0;
		const struct irkg_sentence *s = irkg_text_sentences(t, &n);

		irkg_text_tokens(t, &n_tokens);
		while (want < TESTUTIL_N_ELEMS(k->want) && k->want[want])
			want++;
		if (n != want)
			fail_msg("\"%s\": %zu sentences, want %zu", k->text, n,
				 want);
		for (i = 0; i < n; i++) {
			assert_span(k->text, s[i].start, s[i].end, k->want[i]);
			/* Every token is in exactly one sentence. */
			assert_int_equal(s[i].first_token, next_token);
			assert_true(s[i].n_tokens > 0);
			next_token += s[i].n_tokens;
		}
		assert_int_equal(next_token, n_tokens);
		irkg_text_free(t);
	}
}

static void test_paragraphs(void **state)
{
	static const char text[] =
		"Trump Meets Kim\n\nThe two leaders met. They talked.\n"
		"Later, they ate.\n  Reporters watched\nclosely.\n\n\n"
		"The end.";
	static const size_t want[] = {0, 1, 1, 2, 3, 4};
	irkg_text *t = text_new(text);
	size_t n, i;
	const struct irkg_sentence *s = irkg_text_sentences(t, &n);

	(void)state;
	assert_int_equal(n, TESTUTIL_N_ELEMS(want));
	for (i = 0; i < n; i++)
		assert_int_equal(s[i].paragraph, want[i]);
	assert_span(text, s[4].start, s[4].end, "Reporters watched\nclosely.");
	irkg_text_free(t);
}

/* ---- tokens ---- */

static void test_tokens(void **state)
{
	static const char text[] =
		"Chung Eui-yong said Japan\xE2\x80\x99s "
		"\xE2\x80\x9CU.S.\xE2\x80"
		"\x9D ties\xE2\x80\x94"
		"and Erdo\xC4\x9F"
		"an's S.Korea visit\xE2\x80\x94"
		"cost $1,000 in 2019, the 5th time al-Shaibani "
		"al-shaibani.";
	static const struct {
		const char *original, *norm;
		unsigned flags;
	} want[] = {
		{"Chung", "chung", IRKG_TOKEN_WORD | IRKG_TOKEN_CAPITALISED},
		{"Eui-yong", "eui-yong",
		 IRKG_TOKEN_WORD | IRKG_TOKEN_CAPITALISED},
		{"said", "said", IRKG_TOKEN_WORD},
		{"Japan", "japan", IRKG_TOKEN_WORD | IRKG_TOKEN_CAPITALISED},
		{"\xE2\x80\x99s", "'s", IRKG_TOKEN_WORD},
		{"\xE2\x80\x9C", "\"", IRKG_TOKEN_PUNCT},
		{"U.S.", "u.s.",
		 IRKG_TOKEN_WORD | IRKG_TOKEN_CAPITALISED | IRKG_TOKEN_ALLCAPS},
		{"\xE2\x80\x9D", "\"", IRKG_TOKEN_PUNCT},
		{"ties", "ties", IRKG_TOKEN_WORD},
		{"\xE2\x80\x94", "-", IRKG_TOKEN_PUNCT},
		{"and", "and", IRKG_TOKEN_WORD},
		{"Erdo\xC4\x9F"
		 "an",
		 "erdo\xC4\x9F"
		 "an",
		 IRKG_TOKEN_WORD | IRKG_TOKEN_CAPITALISED},
		{"'s", "'s", IRKG_TOKEN_WORD},
		{"S.Korea", "s.korea",
		 IRKG_TOKEN_WORD | IRKG_TOKEN_CAPITALISED},
		{"visit", "visit", IRKG_TOKEN_WORD},
		{"\xE2\x80\x94", "-", IRKG_TOKEN_PUNCT},
		{"cost", "cost", IRKG_TOKEN_WORD},
		{"$", "$", IRKG_TOKEN_PUNCT},
		{"1,000", "1,000", IRKG_TOKEN_NUMBER},
		{"in", "in", IRKG_TOKEN_WORD},
		{"2019", "2019", IRKG_TOKEN_NUMBER},
		{",", ",", IRKG_TOKEN_PUNCT},
		{"the", "the", IRKG_TOKEN_WORD},
		{"5th", "5th", IRKG_TOKEN_NUMBER | IRKG_TOKEN_WORD},
		{"time", "time", IRKG_TOKEN_WORD},
		/* a name behind its lower-case Arabic article */
		{"al-Shaibani", "al-shaibani",
		 IRKG_TOKEN_WORD | IRKG_TOKEN_CAPITALISED},
		{"al-shaibani", "al-shaibani", IRKG_TOKEN_WORD},
		{".", ".", IRKG_TOKEN_PUNCT},
	};
	irkg_text *t = text_new(text);
	const char *norm = irkg_text_norm(t);
	size_t n, i;
	const struct irkg_token *tok = irkg_text_tokens(t, &n);

	(void)state;
	assert_int_equal(irkg_text_bad_bytes(t), 0);
	assert_int_equal(n, TESTUTIL_N_ELEMS(want));
	for (i = 0; i < n; i++) {
		assert_span(text, tok[i].start, tok[i].end, want[i].original);
		assert_string_equal(norm + tok[i].norm, want[i].norm);
		assert_int_equal(strlen(want[i].norm), tok[i].norm_length);
		assert_int_equal(tok[i].flags, want[i].flags);
	}
	irkg_text_free(t);
}

/* ---- splitting a token ---- */

static void test_split_token(void **state)
{
	/* "US-China" with "-", "Japan\u2011Korea" with a non-breaking
	 * hyphen, in the second sentence */
	static const char text[] = "Talks began. The US-China and "
				   "Japan\xE2\x80\x91Korea rows. Done.";
	static const struct {
		const char *original, *norm;
		unsigned flags;
	} want[] = {
		{"US", "us",
		 IRKG_TOKEN_WORD | IRKG_TOKEN_CAPITALISED | IRKG_TOKEN_ALLCAPS},
		{"-", "-", IRKG_TOKEN_PUNCT},
		{"China", "china", IRKG_TOKEN_WORD | IRKG_TOKEN_CAPITALISED},
		{"and", "and", IRKG_TOKEN_WORD},
		{"Japan", "japan", IRKG_TOKEN_WORD | IRKG_TOKEN_CAPITALISED},
		{"\xE2\x80\x91", "-", IRKG_TOKEN_PUNCT},
		{"Korea", "korea", IRKG_TOKEN_WORD | IRKG_TOKEN_CAPITALISED},
	};
	irkg_text *t = text_new(text);
	size_t len = strlen(text), n, n_sentences, read, i;
	const struct irkg_token *tok = irkg_text_tokens(t, &n);
	const struct irkg_sentence *s;
	const char *norm;

	(void)state;
	read = irkg_text_read_norm_length(t);
	assert_int_equal(n, 11);
	assert_span(text, tok[4].start, tok[4].end, "US-China");
	/* not at a hyphen, not inside the token, the hyphen last: refused */
	assert_int_equal(irkg_text_split_token(t, text, len, 4, tok[4].start),
			 IRKG_EINVAL);
	assert_int_equal(irkg_text_split_token(t, text, len, 3, tok[4].start),
			 IRKG_EINVAL);
	assert_int_equal(irkg_text_split_token(t, text, len, 4, tok[4].end),
			 IRKG_EINVAL);
	assert_int_equal(irkg_text_split_token(t, text, len, 99, 0),
			 IRKG_EINVAL);
	assert_int_equal(irkg_text_split_token(NULL, text, len, 4, 0),
			 IRKG_EINVAL);
	tok = irkg_text_tokens(t, &n);
	assert_int_equal(n, 11);
	/* the later one first, then the one before it */
	assert_int_equal(
		irkg_text_split_token(t, text, len, 6, tok[6].start + 5),
		IRKG_OK);
	tok = irkg_text_tokens(t, &n);
	assert_int_equal(
		irkg_text_split_token(t, text, len, 4, tok[4].start + 2),
		IRKG_OK);
	tok = irkg_text_tokens(t, &n);
	norm = irkg_text_norm(t);
	assert_int_equal(n, 15);
	for (i = 0; i < TESTUTIL_N_ELEMS(want); i++) {
		assert_span(text, tok[4 + i].start, tok[4 + i].end,
			    want[i].original);
		assert_string_equal(norm + tok[4 + i].norm, want[i].norm);
		assert_int_equal(strlen(want[i].norm), tok[4 + i].norm_length);
		assert_int_equal(tok[4 + i].flags, want[i].flags);
	}
	assert_string_equal(norm + tok[11].norm, "rows");
	/* the sentences take the new tokens in */
	s = irkg_text_sentences(t, &n_sentences);
	assert_int_equal(n_sentences, 3);
	assert_int_equal(s[0].first_token, 0);
	assert_int_equal(s[0].n_tokens, 3);
	assert_int_equal(s[1].first_token, 3);
	assert_int_equal(s[1].n_tokens, 10);
	assert_int_equal(s[2].first_token, 13);
	assert_int_equal(s[2].n_tokens, 2);
	/* the forms as read, which identify the text, are unchanged */
	assert_int_equal(irkg_text_read_norm_length(t), read);
	irkg_text_free(t);
}

/* ---- normal forms ---- */

static void test_normalise(void **state)
{
	static const struct testutil_lookup cases[] = {
		{"T\xC3\xBCrkiye", "t\xC3\xBCrkiye"},
		{"\xE2\x80\x9CQuote\xE2\x80\x9D", "\" quote \""},
		{"FOREIGN", "foreign"},
		{"\xEF\xAC\x81nance", "finance"}, /* the ﬁ ligature */
		{"Erdo\xC4\x9F"
		 "an",
		 "erdo\xC4\x9F"
		 "an"},
		/* decomposed ğ composes */
		{"Erdog\xCC\x86"
		 "an",
		 "erdo\xC4\x9F"
		 "an"},
		{"\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3", "abc"}, /* fullwidth */
		{"South  Korean", "south korean"},
		{"South\xC2\xA0Korea\xE2\x80\x99s", "south korea 's"},
		{"North\xE2\x80\x93South", "north - south"},
		{"Chung Eui\xE2\x80\x90yong", "chung eui-yong"},
		{"U.S.-led", "u.s. - led"},
		{"STRASSE Stra\xC3\x9F"
		 "e",
		 "strasse strasse"},
		{"", ""},
	};
	size_t c;

	(void)state;
	for (c = 0; c < TESTUTIL_N_ELEMS(cases); c++) {
		char *out = NULL;

		assert_int_equal(irkg_text_normalise(cases[c].name,
						     strlen(cases[c].name),
						     &out),
				 0);
		assert_non_null(out);
		if (strcmp(out, cases[c].want) != 0)
			fail_msg("\"%s\" gives \"%s\", want \"%s\"",
				 cases[c].name, out, cases[c].want);
		free(out);
	}
}

/* ---- invalid input ---- */

static void test_invalid_utf8(void **state)
{
	static const char text[] = "ab\xff cd \xc3( ef. Tail\xe2\x80";
	static const char *const want[] = {"ab",   "\xff", "cd", "\xc3",
					   "(",	   "ef",   ".",	 "Tail",
					   "\xe2", "\x80"};
	irkg_text *t = text_new(text);
	size_t n, i, n_sentences;
	const struct irkg_token *tok = irkg_text_tokens(t, &n);

	(void)state;
	assert_int_equal(irkg_text_bad_bytes(t), 4);
	assert_int_equal(n, TESTUTIL_N_ELEMS(want));
	for (i = 0; i < n; i++)
		assert_span(text, tok[i].start, tok[i].end, want[i]);
	assert_string_equal(irkg_text_norm(t) + tok[1].norm, "\xEF\xBF\xBD");
	assert_int_equal(tok[1].flags, IRKG_TOKEN_PUNCT);
	irkg_text_sentences(t, &n_sentences);
	assert_int_equal(n_sentences, 2);
	irkg_text_free(t);
}

static void test_empty_and_bad_arguments(void **state)
{
	irkg_text *t = NULL;
	size_t n = 99;
	char *out = NULL;

	(void)state;
	assert_int_equal(irkg_text_new(&t, NULL, 0), 0);
	irkg_text_tokens(t, &n);
	assert_int_equal(n, 0);
	irkg_text_sentences(t, &n);
	assert_int_equal(n, 0);
	assert_string_equal(irkg_text_norm(t), "");
	irkg_text_free(t);

	t = (irkg_text *)&n;
	assert_int_equal(irkg_text_new(&t, NULL, 3), IRKG_EINVAL);
	assert_null(t);
	assert_int_equal(irkg_text_new(NULL, "x", 1), IRKG_EINVAL);
	assert_int_equal(irkg_text_normalise("x", 1, NULL), IRKG_EINVAL);
	assert_int_equal(irkg_text_normalise(NULL, 1, &out), IRKG_EINVAL);
	assert_null(out);
	irkg_text_free(NULL);

	/* Not NUL-terminated: only `length` bytes are read. */
	{
		char *buf = malloc(2);

		assert_non_null(buf);
		memcpy(buf, "a.", 2);
		assert_int_equal(irkg_text_new(&t, buf, 2), 0);
		irkg_text_tokens(t, &n);
		assert_int_equal(n, 2);
		irkg_text_free(t);
		free(buf);
	}
}

/* ---- speed ---- */

static void test_many_sentences(void **state)
{
	static const char *const sentences[] = {
		"Mr. Kim met U.S. officials in Seoul on Jan. 5, 2019, and "
		"said \xE2\x80\x9Ctalks will continue.\xE2\x80\x9D ",
		"The economy grew 3.5 percent, Erdo\xC4\x9F"
		"an\xE2\x80\x99s office said. ",
		"South Korea's President Moon Jae-in visited Pyongyang. ",
		"\"We will not back down,\" he said. ",
		"Gen. Park said the drills, planned with Japan and the U.K., "
		"would go ahead? ",
	};
	enum { N = 20000 };
	size_t cap = 0, len = 0, i, n;
	char *text;
	irkg_text *t = NULL;
	struct timespec a, b;
	double seconds;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(sentences); i++)
		cap += strlen(sentences[i]);
	cap = cap * (N / TESTUTIL_N_ELEMS(sentences) + 1) + N / 10 * 2 + 1;
	text = malloc(cap);
	assert_non_null(text);
	for (i = 0; i < N; i++) {
		const char *s = sentences[i % TESTUTIL_N_ELEMS(sentences)];
		size_t k = strlen(s);

		memcpy(text + len, s, k);
		len += k;
		if (i % 10 == 9) {
			memcpy(text + len, "\n\n", 2);
			len += 2;
		}
	}
	assert_true(len < cap);

	clock_gettime(CLOCK_MONOTONIC, &a);
	assert_int_equal(irkg_text_new(&t, text, len), 0);
	clock_gettime(CLOCK_MONOTONIC, &b);
	irkg_text_sentences(t, &n);
	assert_int_equal(n, N);
	assert_int_equal(irkg_text_sentences(t, &n)[N - 1].paragraph,
			 N / 10 - 1);
	seconds = (double)(b.tv_sec - a.tv_sec) +
		  (double)(b.tv_nsec - a.tv_nsec) / 1e9;
	print_message("text: %d sentences, %zu bytes in %.4f s: %.0f "
		      "sentences/s (this build)\n",
		      N, len, seconds, seconds > 0 ? N / seconds : 0.0);
	irkg_text_free(t);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sentences),
		cmocka_unit_test(test_paragraphs),
		cmocka_unit_test(test_tokens),
		cmocka_unit_test(test_split_token),
		cmocka_unit_test(test_normalise),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_empty_and_bad_arguments),
		cmocka_unit_test(test_many_sentences),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
