/* Parsing RDF files with raptor, keeping the graph of each quad. */
#include "parse.h"

struct parse_state {
	raptor_parser *parser;
	irkg_parse_fn callback;
	void *user_data;
	int rc;
};

static void on_statement(void *user_data, raptor_statement *statement)
{
	struct parse_state *state = user_data;

	if (state->rc)
		return;
	state->rc = state->callback(state->user_data, statement);
	if (state->rc)
		raptor_parser_parse_abort(state->parser);
}

int irkg_parse_file(irkg_ctx *ctx, FILE *f, const char *label,
		    const char *syntax, const char *base_iri,
		    irkg_parse_fn callback, void *user_data)
{
	raptor_world *rw = librdf_world_get_raptor(irkg_ctx_world(ctx));
	struct parse_state state = {NULL, callback, user_data, 0};
	raptor_uri *base = NULL;
	int failed;

	state.parser = raptor_new_parser(rw, syntax);
	base = raptor_new_uri(rw, (const unsigned char *)base_iri);
	if (!state.parser || !base) {
		state.rc = state.parser ? IRKG_ENOMEM : IRKG_EINVAL;
		goto cleanup;
	}
	raptor_parser_set_option(state.parser, RAPTOR_OPTION_NO_NET, NULL, 1);
	raptor_parser_set_statement_handler(state.parser, &state, on_statement);
	irkg_ctx_set_input(ctx, label, 0);
	failed = raptor_parser_parse_file_stream(state.parser, f, label, base);
	if (!state.rc && (failed || irkg_ctx_error_count(ctx)))
		state.rc = IRKG_EPARSE;
cleanup:
	if (base)
		raptor_free_uri(base);
	if (state.parser)
		raptor_free_parser(state.parser);
	return state.rc;
}
