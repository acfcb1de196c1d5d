/* Internal to the mention finder (mention.c and its rooms: entity, title,
 * group, reference): the mentions being found, the text they are found in,
 * and the helpers every room uses. Not part of irkg's API. */
#ifndef IRKG_MENTION_FINDER_H
#define IRKG_MENTION_FINDER_H

#include <stddef.h>

#include "lexicon.h"
#include "mention.h"

/* A coordination: actors joined by "," and "and" in one sentence ("The
 * United States, South Korea and Japan"), the antecedents of groups. */
struct coordination {
	size_t sentence;
	size_t first_member, n_members; /* into members[] */
};

/* What irkg_mentions_find gives. */
struct irkg_mentions {
	struct irkg_mention *list;
	size_t n, cap;
	size_t *members;
	size_t n_members, cap_members;
	struct coordination *coords;
	size_t n_coords, cap_coords;
};

/* What the finder works on; lives for one irkg_mentions_find call. */
struct mention_finder {
	const irkg_gazetteer *g;
	const irkg_lexicon *lexicon; /* the words the rules test */
	const irkg_text *t;
	const char *date;
	struct irkg_words w; /* the text's words (text.h), with kinds */
	const struct irkg_token *tokens;
	size_t n_tokens;
	const struct irkg_sentence *sentences;
	struct irkg_span *spans;
	size_t dateline_end; /* bytes of the text that are a dateline */
	irkg_mentions *m;
};

/* One gazetteer match inside a sentence, before resolution. */
struct name_match {
	size_t first, n; /* absolute token indexes */
	const struct irkg_gazetteer_entry *const *entries;
	size_t n_entries;
};

/* known[] of a token inside an epithet ("the North", "the island"): taken
 * by the coreference stage, never read as a description or group. */
#define IRKG_KNOWN_EPITHET 3

/* Move the last mention back to its place in text order among the
 * mentions from `from` on, fixing the indexes that point at those moved. */
void irkg_mention_sink_last(irkg_mentions *m, size_t from);

/* Whether token i starts with a capital (or is all capitals). */
int irkg_mention_capitalised(const struct mention_finder *f, size_t i);

/* Append x to m's mentions, or index to its members. Returns 0 or
 * IRKG_ENOMEM (m unchanged). */
int irkg_mention_push(irkg_mentions *m, const struct irkg_mention *x);
int irkg_mention_push_member(irkg_mentions *m, size_t index);

/* Append x and move it to its place in text order among the mentions from
 * `from` on (push, then sink). Returns 0 or IRKG_ENOMEM (m unchanged). */
int irkg_mention_insert(irkg_mentions *m, const struct irkg_mention *x,
			size_t from);

/* Room for one more coordination in m. Returns 0 or IRKG_ENOMEM. */
int irkg_mention_grow_coords(irkg_mentions *m);

/* x zeroed, then set to the tokens [first, first + n) of `sentence`, with
 * `how` and `kind`, and no antecedent. */
void irkg_mention_init(struct irkg_mention *x, size_t sentence, size_t first,
		       size_t n, enum irkg_mention_how how,
		       enum irkg_entity_kind kind);

/* Whether the mention may be the antecedent of a group or pronoun. */
int irkg_mention_is_actor(const struct irkg_mention *x);

/* Whether token i is capitalised, not the first of its sentence
 * (`sentence_first`), and not known to the gazetteer (known[i] == 0): part
 * of a name the knowledge base lacks. */
int irkg_mention_unknown_name_word(const struct mention_finder *f,
				   const unsigned char *known,
				   size_t sentence_first, size_t i);

#endif
