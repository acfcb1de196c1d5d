/* Tables for analysts from the store: events as dyads and relations as
 * pairs of parties, in TSV, CSV or JSON (README, "Tables"). */
#ifndef IRKG_TABLES_H
#define IRKG_TABLES_H

#include <stdio.h>

#include "store.h"

enum irkg_table_format { IRKG_TABLE_TSV, IRKG_TABLE_CSV, IRKG_TABLE_JSON };

/* "tsv", "csv" or "json" -> *out; -1 for anything else. */
int irkg_table_format_parse(const char *name, enum irkg_table_format *out);

/* Which rows a table keeps. The relations table honours only `actor`. */
struct irkg_table_filter {
	const char *from, *to; /* YYYY, YYYY-MM or YYYY-MM-DD, or NULL */
	const char *actor;     /* a state or organisation code, or NULL */
};

/* One row per event dyad, columns date, source, source_state, target,
 * target_state, cameo, root, goldstein, quad_class, place, article,
 * evidence; ordered by date. Events without a date are left out when a
 * date bound is given. *rows gets the number written. Returns 0,
 * IRKG_EINVAL (a bound or code that is not one), IRKG_ENOTFOUND (an actor
 * code the store does not know: no state or organisation has it and no
 * event names it) or IRKG_ESTORE; nothing is written on an error. */
int irkg_table_events(irkg_store *store, const struct irkg_table_filter *f,
		      enum irkg_table_format format, FILE *out, long *rows);

/* One row per relation and pair of parties, columns type, party_a,
 * party_b, issue, start, end, status, article, evidence; with an actor,
 * only the rows where it is a party. Errors as above. */
int irkg_table_relations(irkg_store *store, const struct irkg_table_filter *f,
			 enum irkg_table_format format, FILE *out, long *rows);

/* Whether the store knows the state or organisation code `code`: a state's
 * irkg:iso3, an organisation's irkg:shortCode, or a code an event dyad
 * names. */
int irkg_table_code_known(irkg_store *store, const char *code);

#endif
