/* Unit tests for graph/kb: the knowledge base read into a gazetteer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "../../extract/gazetteer.h"
#include "../../extract/text.h"
#include "../../graph/kb.h"
#include "testutil.h"

#define MAX_TOKENS 8

static const char prefixes[] =
	"@prefix irkg: <https://w3id.org/irkg/ontology#> .\n"
	"@prefix state: <https://w3id.org/irkg/id/state/> .\n"
	"@prefix body: <https://w3id.org/irkg/id/body/> .\n"
	"@prefix person: <https://w3id.org/irkg/id/person/> .\n"
	"@prefix post: <https://w3id.org/irkg/id/post/> .\n"
	"@prefix place: <https://w3id.org/irkg/id/place/> .\n"
	"@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
	"@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";

/* The entries of the surface form `surface`, once normalised (exactly, not
 * a longer one); *n gets their number. Not reentrant. */
static const struct irkg_gazetteer_entry *const *
lookup(const irkg_gazetteer *g, const char *surface, size_t *n)
{
	struct irkg_span spans[MAX_TOKENS];
	const struct irkg_gazetteer_entry *const *entries = NULL;
	size_t count = 0, length = 0;
	static char norm[256];
	char *tmp = NULL;
	const char *p = norm;

	/* The surface as the knowledge base's names are normalised. */
	assert_int_equal(irkg_text_normalise(surface, strlen(surface), &tmp),
			 IRKG_OK);
	assert_true(strlen(tmp) < sizeof(norm));
	memcpy(norm, tmp, strlen(tmp) + 1);
	free(tmp);

	while (*p) {
		const char *end = strchr(p, ' ');
		size_t len = end ? (size_t)(end - p) : strlen(p);

		assert_true(count < MAX_TOKENS);
		spans[count].text = p;
		spans[count].length = len;
		count++;
		p += len;
		if (*p == ' ')
			p++;
	}
	assert_int_equal(
		irkg_gazetteer_match(g, spans, count, 0, &length, &entries, n),
		IRKG_OK);
	if (length != count) {
		*n = 0;
		return NULL;
	}
	return entries;
}

/* The first entry under `surface` with `kind`, `name_kind` and `state`
 * (NULL: any) valid on `date` (NULL: any), or NULL. */
static const struct irkg_gazetteer_entry *
find(const irkg_gazetteer *g, const char *surface, enum irkg_entity_kind kind,
     enum irkg_name_kind name_kind, const char *state, const char *date)
{
	size_t n = 0, i;
	const struct irkg_gazetteer_entry *const *e = lookup(g, surface, &n);

	for (i = 0; i < n; i++) {
		if (e[i]->kind != kind || e[i]->name_kind != name_kind)
			continue;
		if (state && (!e[i]->state || strcmp(e[i]->state, state)))
			continue;
		if (date && !irkg_gazetteer_entry_valid_on(e[i], date))
			continue;
		return e[i];
	}
	return NULL;
}

/* Write `body` (after the prefixes) to DIR/NAME; returns the path. */
static char *write_ttl(const char *dir, const char *name, const char *body)
{
	size_t size = strlen(prefixes) + strlen(body) + 1;
	char *text = malloc(size);
	char *path;

	assert_non_null(text);
	snprintf(text, size, "%s%s", prefixes, body);
	path = testutil_write_file_in(dir, name, text);
	free(text);
	return path;
}

static void test_small(void **state)
{
	char *dir = testutil_tmpdir_new("kb");
	char *sub, *p1, *p2, *p3;
	irkg_ctx *ctx = NULL;
	irkg_gazetteer *g = NULL;
	struct irkg_kb_stats st;
	const struct irkg_gazetteer_entry *e;
	const char *paths[2];
	size_t n;

	(void)state;
	/* The person comes before its state and its posts, in another file. */
	p1 = write_ttl(dir, "a-persons.ttl",
		       "person:jane-doe a irkg:Person ;\n"
		       "  rdfs:label \"Jane Doe\"@en ;\n"
		       "  irkg:familyName \"Doe\"@en ;\n"
		       "  irkg:nationality state:KOR .\n"
		       "person:nobody a irkg:Person ;\n"
		       "  rdfs:label \"No Body\"@en ; irkg:nationality "
		       "state:JPN .\n"
		       "post:p1 a irkg:PostHolding ; irkg:holder "
		       "person:jane-doe ;\n"
		       "  irkg:ofState state:KOR ;\n"
		       "  irkg:start \"2019-01-01\"^^xsd:date ;\n"
		       "  irkg:end \"2020-06-30\"^^xsd:date .\n"
		       "post:p2 a irkg:PostHolding ; irkg:holder "
		       "person:jane-doe ;\n"
		       "  irkg:ofOrganization <urn:x:igo> ;\n"
		       "  irkg:start \"2021-01-01\"^^xsd:date .\n"
		       "<urn:x:thing> a irkg:Spaceship ; rdfs:label "
		       "\"Enterprise\"@en .\n");
	sub = testutil_path(dir, "sub");
	assert_int_equal(mkdir(sub, 0700), 0);
	p2 = write_ttl(sub, "states.ttl",
		       "state:KOR a irkg:State ;\n"
		       "  rdfs:label \"South Korea\"@en ;\n"
		       "  irkg:officialName \"Republic of Korea\"@en ;\n"
		       "  irkg:altName \"ROK\"@en, \"S. Korea\"@en ;\n"
		       "  irkg:adjective \"South Korean\"@en ;\n"
		       "  irkg:metonym \"the Blue House\"@en ;\n"
		       "  irkg:iso3 \"KOR\" ; irkg:capital place:seoul .\n"
		       "state:JPN a irkg:State ; rdfs:label \"Japan\"@en ;\n"
		       "  irkg:iso3 \"JPN\" .\n"
		       "place:seoul a irkg:City ; rdfs:label \"Seoul\"@en ;\n"
		       "  irkg:inState state:KOR .\n"
		       "body:KOR-foreign-ministry a irkg:ForeignMinistry ;\n"
		       "  rdfs:label \"Ministry of Foreign Affairs\"@en ;\n"
		       "  irkg:organOf state:KOR .\n"
		       "irkg:ForeignMinister a irkg:Role ;\n"
		       "  irkg:roleName \"foreign minister\"@en, \"FM\"@en "
		       ".\n");
	p3 = testutil_write_file_in(sub, "notes.txt", "not turtle {");

	assert_int_equal(irkg_ctx_new(&ctx, NULL, NULL), IRKG_OK);
	assert_int_equal(irkg_gazetteer_new(&g), IRKG_OK);
	paths[0] = dir;
	assert_int_equal(irkg_kb_load(ctx, paths, 1, g, &st), IRKG_OK);
	assert_int_equal(st.states, 2);
	assert_int_equal(st.bodies, 1);
	assert_int_equal(st.places, 1);
	assert_int_equal(st.persons, 2);
	assert_int_equal(st.posts, 2);
	assert_int_equal(st.roles, 1);
	assert_int_equal(st.organisations, 0);
	/* KOR 6, JPN 1, Seoul 1, ministry 1, role 2, Jane 2x2, nobody 1 */
	assert_int_equal(st.surface_forms, 16);

	e = find(g, "south korean", IRKG_ENTITY_STATE, IRKG_NAME_ADJECTIVE,
		 "KOR", NULL);
	assert_non_null(e);
	assert_string_equal(e->id, "https://w3id.org/irkg/id/state/KOR");
	assert_non_null(find(g, "republic of korea", IRKG_ENTITY_STATE,
			     IRKG_NAME_NAME, "KOR", NULL));
	assert_non_null(find(g, "s. korea", IRKG_ENTITY_STATE, IRKG_NAME_NAME,
			     "KOR", NULL));
	assert_non_null(find(g, "the blue house", IRKG_ENTITY_STATE,
			     IRKG_NAME_METONYM, "KOR", NULL));
	assert_non_null(find(g, "seoul", IRKG_ENTITY_PLACE, IRKG_NAME_NAME,
			     "KOR", NULL));
	assert_non_null(find(g, "ministry of foreign affairs", IRKG_ENTITY_BODY,
			     IRKG_NAME_NAME, "KOR", NULL));
	e = find(g, "fm", IRKG_ENTITY_ROLE, IRKG_NAME_ROLE, NULL, NULL);
	assert_non_null(e);
	assert_string_equal(e->id,
			    "https://w3id.org/irkg/ontology#ForeignMinister");
	assert_null(e->state);

	/* Two posts, two entries; the date tells them apart. */
	lookup(g, "jane doe", &n);
	assert_int_equal(n, 2);
	e = find(g, "jane doe", IRKG_ENTITY_PERSON, IRKG_NAME_NAME, NULL,
		 "2019-05-05");
	assert_non_null(e);
	assert_string_equal(e->state, "KOR");
	assert_string_equal(e->valid_from, "2019-01-01");
	assert_string_equal(e->valid_to, "2020-06-30");
	e = find(g, "jane doe", IRKG_ENTITY_PERSON, IRKG_NAME_NAME, NULL,
		 "2022-05-05");
	assert_non_null(e);
	assert_null(e->state);
	assert_null(e->valid_to);
	assert_null(find(g, "jane doe", IRKG_ENTITY_PERSON, IRKG_NAME_NAME,
			 NULL, "2020-12-01"));
	assert_non_null(find(g, "doe", IRKG_ENTITY_PERSON, IRKG_NAME_FAMILY,
			     "KOR", "2019-05-05"));
	/* No post: nationality, open dates. */
	e = find(g, "no body", IRKG_ENTITY_PERSON, IRKG_NAME_NAME, "JPN",
		 "1900-01-01");
	assert_non_null(e);
	assert_null(e->valid_from);

	/* Unknown type ignored. */
	lookup(g, "enterprise", &n);
	assert_int_equal(n, 0);

	/* Files listed one by one work too. */
	irkg_gazetteer_free(g);
	assert_int_equal(irkg_gazetteer_new(&g), IRKG_OK);
	paths[0] = p2;
	paths[1] = p1;
	assert_int_equal(irkg_kb_load(ctx, paths, 2, g, &st), IRKG_OK);
	assert_int_equal(st.surface_forms, 16);

	/* A file named explicitly is parsed as Turtle whatever its name. */
	paths[0] = p3;
	assert_int_equal(irkg_kb_load(ctx, paths, 1, g, &st), IRKG_EPARSE);
	assert_int_equal(irkg_kb_load(ctx, paths, 1, NULL, &st), IRKG_EINVAL);

	irkg_gazetteer_free(g);
	irkg_ctx_free(ctx);
	testutil_rmtree(dir);
	free(p1);
	free(p2);
	free(p3);
	free(sub);
	free(dir);
}

static void test_parse_error(void **state)
{
	char *dir = testutil_tmpdir_new("kb-bad");
	char *bad = write_ttl(dir, "bad.ttl", "state:KOR a irkg:State ;;; \"");
	struct testutil_log log = {0};
	irkg_ctx *ctx = NULL;
	irkg_gazetteer *g = NULL;
	struct irkg_kb_stats st;
	const char *paths[1] = {dir};
	char *missing = testutil_path(dir, "missing.ttl");

	(void)state;
	assert_int_equal(irkg_ctx_new(&ctx, testutil_log_record, &log),
			 IRKG_OK);
	assert_int_equal(irkg_gazetteer_new(&g), IRKG_OK);
	assert_int_equal(irkg_kb_load(ctx, paths, 1, g, &st), IRKG_EPARSE);
	assert_non_null(testutil_log_error(&log));
	testutil_log_clear(&log);
	paths[0] = missing;
	assert_int_equal(irkg_kb_load(ctx, paths, 1, g, &st), IRKG_EIO);
	assert_non_null(testutil_log_error(&log));

	testutil_log_clear(&log);
	irkg_gazetteer_free(g);
	irkg_ctx_free(ctx);
	testutil_rmtree(dir);
	free(missing);
	free(bad);
	free(dir);
}

/* A defence alliance is flagged, another organisation is not; a disputed
 * territory stands for the state that governs it, and is flagged. */
static void test_alliances_and_territories(void **state)
{
	char *dir = testutil_tmpdir_new("kb-alliance");
	char *p = write_ttl(
		dir, "kb.ttl",
		"<urn:x:nato> a irkg:InternationalOrganization, "
		"irkg:DefenceAlliance ;\n"
		"  rdfs:label \"NATO\"@en ; irkg:shortCode \"NATO\" .\n"
		"<urn:x:eu> a irkg:InternationalOrganization ;\n"
		"  rdfs:label \"European Union\"@en ; irkg:shortCode \"EUR\" "
		".\n"
		"state:GUY a irkg:State ; rdfs:label \"Guyana\"@en ; "
		"irkg:iso3 \"GUY\" .\n"
		"place:essequibo a irkg:Region, irkg:Territory ;\n"
		"  rdfs:label \"Essequibo\"@en ; irkg:administeredBy state:GUY "
		".\n"
		"place:spratlys a irkg:Region, irkg:Territory ;\n"
		"  rdfs:label \"Spratlys\"@en .\n"
		"place:georgetown a irkg:City ; rdfs:label \"Georgetown\"@en "
		";\n"
		"  irkg:inState state:GUY .\n"
		"state:SUR a irkg:State ; rdfs:label \"Suriname\"@en ; "
		"irkg:iso3 \"SUR\" .\n"
		"state:GUY irkg:borders state:SUR, <urn:x:nowhere> .\n");
	irkg_ctx *ctx = NULL;
	irkg_gazetteer *g = NULL;
	struct irkg_kb_stats st;
	const struct irkg_gazetteer_entry *e;
	const char *paths[1] = {p};

	(void)state;
	assert_int_equal(irkg_ctx_new(&ctx, NULL, NULL), IRKG_OK);
	assert_int_equal(irkg_gazetteer_new(&g), IRKG_OK);
	assert_int_equal(irkg_kb_load(ctx, paths, 1, g, &st), IRKG_OK);
	assert_int_equal(st.organisations, 2);
	e = find(g, "nato", IRKG_ENTITY_ORGANISATION, IRKG_NAME_NAME, "NATO",
		 NULL);
	assert_non_null(e);
	assert_true(e->flags & IRKG_ENTRY_ALLIANCE);
	e = find(g, "european union", IRKG_ENTITY_ORGANISATION, IRKG_NAME_NAME,
		 "EUR", NULL);
	assert_non_null(e);
	assert_false(e->flags & IRKG_ENTRY_ALLIANCE);
	e = find(g, "essequibo", IRKG_ENTITY_PLACE, IRKG_NAME_NAME, "GUY",
		 NULL);
	assert_non_null(e);
	assert_true(e->flags & IRKG_ENTRY_TERRITORY);
	e = find(g, "spratlys", IRKG_ENTITY_PLACE, IRKG_NAME_NAME, NULL, NULL);
	assert_non_null(e);
	assert_null(e->state);
	assert_true(e->flags & IRKG_ENTRY_TERRITORY);
	e = find(g, "georgetown", IRKG_ENTITY_PLACE, IRKG_NAME_NAME, "GUY",
		 NULL);
	assert_non_null(e);
	assert_false(e->flags & IRKG_ENTRY_TERRITORY);
	/* a state's land borders, as codes; one to nothing known is left
	 * out, and a state with none has none */
	e = find(g, "guyana", IRKG_ENTITY_STATE, IRKG_NAME_NAME, "GUY", NULL);
	assert_non_null(e);
	assert_string_equal(e->neighbours, "SUR ");
	e = find(g, "suriname", IRKG_ENTITY_STATE, IRKG_NAME_NAME, "SUR", NULL);
	assert_non_null(e);
	assert_null(e->neighbours);

	irkg_gazetteer_free(g);
	irkg_ctx_free(ctx);
	testutil_rmtree(dir);
	free(p);
	free(dir);
}

static void test_real_ontology(void **state)
{
	const char *top = getenv("IRKG_TOP");
	char *dir;
	irkg_ctx *ctx = NULL;
	irkg_gazetteer *g = NULL;
	struct irkg_kb_stats st;
	const char *paths[1];
	struct testutil_log log = {0};
	const struct testutil_log_entry *warn;

	(void)state;
	dir = testutil_path(top && *top ? top : ".", "ontology");
	paths[0] = dir;
	assert_int_equal(irkg_ctx_new(&ctx, testutil_log_record, &log),
			 IRKG_OK);
	assert_int_equal(irkg_gazetteer_new(&g), IRKG_OK);
	assert_int_equal(irkg_kb_load(ctx, paths, 1, g, &st), IRKG_OK);
	print_message("kb: %zu states, %zu organisations, %zu bodies, %zu "
		      "places, %zu persons, %zu posts, %zu roles, %zu surface "
		      "forms (%zu distinct)\n",
		      st.states, st.organisations, st.bodies, st.places,
		      st.persons, st.posts, st.roles, st.surface_forms,
		      irkg_gazetteer_size(g));
	warn = testutil_log_find(&log, IRKG_LOG_WARN, NULL);
	if (warn)
		print_message("first warning: %s\n", warn->message);
	assert_null(testutil_log_error(&log));
	testutil_log_clear(&log);
	assert_int_equal(st.states, 197);
	assert_non_null(find(g, "south korean", IRKG_ENTITY_STATE,
			     IRKG_NAME_ADJECTIVE, "KOR", NULL));
	assert_non_null(find(g, "antony blinken", IRKG_ENTITY_PERSON,
			     IRKG_NAME_NAME, "USA", "2021-05-05"));
	assert_non_null(find(g, "foreign minister", IRKG_ENTITY_ROLE,
			     IRKG_NAME_ROLE, NULL, NULL));
	/* the knowledge base's defence alliances and governed territories */
	assert_true(find(g, "nato", IRKG_ENTITY_ORGANISATION, IRKG_NAME_NAME,
			 "NATO", NULL)
			    ->flags &
		    IRKG_ENTRY_ALLIANCE);
	assert_non_null(find(g, "falklands", IRKG_ENTITY_PLACE, IRKG_NAME_NAME,
			     "GBR", NULL));
	assert_string_equal(find(g, "united states", IRKG_ENTITY_STATE,
				 IRKG_NAME_NAME, "USA", NULL)
				    ->neighbours,
			    "CAN MEX ");
	irkg_gazetteer_free(g);
	irkg_ctx_free(ctx);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_small),
		cmocka_unit_test(test_parse_error),
		cmocka_unit_test(test_alliances_and_territories),
		cmocka_unit_test(test_real_ontology),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
