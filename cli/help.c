/* Help as text for `--help` and as the troff source of irkg(1), both printed
 * from the pages in help_text.c. */
#include <stdint.h>
#include <string.h>

#include "help.h"

#ifndef IRKG_VERSION
#define IRKG_VERSION "0.0.0"
#endif

#define WIDTH 79	  /* the last column --help writes */
#define OPTION_COLUMN 24  /* where an option's explanation starts */
#define COMMAND_COLUMN 13 /* where a command's summary starts */

const struct cli_help_page *cli_help_find(const char *command)
{
	size_t i;

	for (i = 0; i < cli_help_n_pages; i++) {
		const char *name = cli_help_pages[i]->name;

		if (command ? name && strcmp(name, command) == 0 : !name)
			return cli_help_pages[i];
	}
	return NULL;
}

/* ---- plain text ---- */

/* The length of the word at `p`: up to the next space, or, when
 * `brackets` is set, the next space outside [...] (synopses break only
 * between their parts). */
static size_t word_length(const char *p, int brackets)
{
	size_t n = 0;
	int depth = 0;

	for (; p[n] && (p[n] != ' ' || depth > 0) && p[n] != '\n'; n++) {
		if (brackets && p[n] == '[')
			depth++;
		else if (brackets && p[n] == ']' && depth > 0)
			depth--;
	}
	return n;
}

/* Write one line of `text` filled to WIDTH: the cursor is at column `col`,
 * continuation lines start at column `indent`. Ends the last line. */
static void fill(FILE *out, const char *text, size_t col, size_t indent,
		 int brackets)
{
	int first = 1;

	while (*text) {
		size_t len;

		while (*text == ' ')
			text++;
		if (!*text)
			break;
		len = word_length(text, brackets);
		if (!first && col + 1 + len > WIDTH) {
			fprintf(out, "\n%*s", (int)indent, "");
			col = indent;
		} else if (!first) {
			fputc(' ', out);
			col++;
		}
		fwrite(text, 1, len, out);
		col += len;
		text += len;
		first = 0;
	}
	fputc('\n', out);
}

/* "Usage: irkg FORM", one line per form of the synopsis. */
static void print_synopsis(FILE *out, const struct cli_help_page *page)
{
	const char *form = page->synopsis;
	int first = 1;

	while (*form) {
		size_t len = strcspn(form, "\n");
		char line[512];

		snprintf(line, sizeof(line), "%.*s", (int)len, form);
		fputs(first ? "Usage: irkg " : "       irkg ", out);
		/* continuation lines line up after the command's name */
		fill(out, line, 12,
		     12 + (page->name ? strlen(page->name) + 1 : 0), 1);
		form += len + (form[len] == '\n');
		first = 0;
	}
}

static void print_options(FILE *out, const char *title,
			  const struct cli_help_option *o)
{
	if (!o || !o->flags)
		return;
	fprintf(out, "\n%s:\n", title);
	for (; o->flags; o++) {
		int col;

		if (o->man_only)
			continue;
		/* long-only options line up with the long names of others */
		col = fprintf(out, "  %s%s",
			      o->flags[0] == '-' && o->flags[1] == '-' ? "    "
								       : "",
			      o->flags);
		if (col + 2 > OPTION_COLUMN) {
			fputc('\n', out);
			col = 0;
		}
		fprintf(out, "%*s", OPTION_COLUMN - col, "");
		fill(out, o->text, OPTION_COLUMN, OPTION_COLUMN, 0);
	}
}

/* Every line of `text` with `prefix` before it; later lines of a command
 * get `more` instead. */
static void print_lines(FILE *out, const char *prefix, const char *more,
			const char *text)
{
	while (text && *text) {
		size_t len = strcspn(text, "\n");

		fprintf(out, "%s%.*s\n", prefix, (int)len, text);
		text += len + (text[len] == '\n');
		prefix = more;
	}
}

/* The examples, in the layout the test suite reads back: the command on a
 * line starting "  $ ", continued on lines starting "  > ", and its output
 * indented by four spaces. */
static void print_examples(FILE *out, const struct cli_help_example *e)
{
	if (!e || !e->command)
		return;
	fputs("\nExamples:\n", out);
	for (; e->command; e++) {
		if (e->intro) {
			fputs("  ", out);
			fill(out, e->intro, 2, 2, 0);
		}
		print_lines(out, "  $ ", "  >   ", e->command);
		print_lines(out, "    ", "    ", e->output);
	}
}

static void print_exits(FILE *out, const struct cli_help_exit *x)
{
	if (!x || !x->text)
		return;
	fputs("\nExit status:\n", out);
	for (; x->text; x++) {
		fprintf(out, "  %d  ", x->code);
		fill(out, x->text, 5, 5, 0);
	}
}

int cli_help_print(const char *command, FILE *out)
{
	const struct cli_help_page *page = cli_help_find(command);
	const char *const *p;
	size_t i;

	if (!page)
		return -1;
	print_synopsis(out, page);
	for (p = page->description; p && *p; p++) {
		fputc('\n', out);
		fill(out, *p, 0, 0, 0);
	}
	if (!page->name) {
		fputs("\nCommands:\n", out);
		for (i = 0; i < cli_help_n_pages; i++) {
			if (!cli_help_pages[i]->name)
				continue;
			fprintf(out, "  %-*s", COMMAND_COLUMN - 2,
				cli_help_pages[i]->name);
			fill(out, cli_help_pages[i]->summary, COMMAND_COLUMN,
			     COMMAND_COLUMN, 0);
		}
	}
	print_options(out, "Options", page->options);
	print_options(out, "Environment", page->environment);
	print_options(out, "Files", page->files);
	print_examples(out, page->examples);
	print_exits(out, page->exits);
	return fflush(out) == 0 && !ferror(out) ? 0 : -1;
}

void cli_help_print_usage(const char *command, FILE *out)
{
	const struct cli_help_page *page = cli_help_find(command);

	size_t i;

	if (page)
		print_synopsis(out, page);
	if (!command) {
		/* what to type next, when no command was given */
		char names[512] = "";
		size_t used = 0;

		for (i = 0; i < cli_help_n_pages && used < sizeof(names); i++)
			if (cli_help_pages[i]->name)
				used += (size_t)snprintf(
					names + used, sizeof(names) - used,
					"%s%s", used ? " " : "",
					cli_help_pages[i]->name);
		fputs("Commands: ", out);
		fill(out, names, 10, 10, 0);
	}
	fprintf(out, "(see 'irkg %s%s--help')\n", command ? command : "",
		command ? " " : "");
}

/* ---- the manual page ---- */

/* One UTF-8 character at `s` as a code point; *len gets its length. */
static uint32_t utf8_decode(const unsigned char *s, size_t *len)
{
	int n = s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc0 ? 2 : 1;
	uint32_t c = n == 1 ? s[0] : s[0] & (0x3f >> (n - 1));
	int i;

	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80) {
			*len = 1;
			return 0xfffd;
		}
		c = c << 6 | (s[i] & 0x3f);
	}
	*len = (size_t)n;
	return c;
}

/* `len` bytes of `s` as troff text: backslashes, hyphens, quotes and
 * other characters troff treats specially are escaped, so that what is
 * shown is what to type; a line never starts with a control character. */
static void man_text(FILE *out, const char *s, size_t len, int line_start)
{
	size_t i = 0, n;

	if (line_start && len > 0 && (s[0] == '.' || s[0] == '\''))
		fputs("\\&", out);
	while (i < len) {
		unsigned char c = (unsigned char)s[i];

		n = 1;
		switch (c) {
		case '\\':
			fputs("\\e", out);
			break;
		case '-':
			fputs("\\-", out);
			break;
		case '\'':
			fputs("\\(aq", out);
			break;
		case '"':
			fputs("\\(dq", out);
			break;
		case '`':
			fputs("\\(ga", out);
			break;
		case '~':
			fputs("\\(ti", out);
			break;
		case '^':
			fputs("\\(ha", out);
			break;
		default:
			if (c < 0x80)
				fputc(c, out);
			else
				fprintf(out, "\\[u%04X]",
					(unsigned)utf8_decode(
						(const unsigned char *)s + i,
						&n));
		}
		i += n;
	}
}

/* A whole line of text, ended. */
static void man_line(FILE *out, const char *s)
{
	man_text(out, s, strlen(s), 1);
	fputc('\n', out);
}

/* Option flags: the options bold, their arguments italic ("\fB\-f\fR,
 * \fB\-\-format\fR \fIF\fR"). */
static void man_flags(FILE *out, const char *flags)
{
	if (flags[0] != '-') { /* a variable or a file: bold as a whole */
		fputs("\\fB", out);
		man_text(out, flags, strlen(flags), 0);
		fputs("\\fR\n", out);
		return;
	}
	while (*flags) {
		size_t len = strcspn(flags, " ");
		size_t word = len > 0 && flags[len - 1] == ',' ? len - 1 : len;

		fputs(flags[0] == '-' ? "\\fB" : "\\fI", out);
		man_text(out, flags, word, 0);
		fputs("\\fR", out);
		if (word < len)
			fputc(',', out);
		flags += len;
		if (*flags == ' ')
			fputc(*flags++, out);
	}
	fputc('\n', out);
}

static void man_options(FILE *out, const struct cli_help_option *o)
{
	for (; o && o->flags; o++) {
		fputs(".TP\n", out);
		man_flags(out, o->flags);
		man_line(out, o->text);
	}
}

/* Each form of a synopsis as a .SY block: "irkg COMMAND" in bold, the rest
 * plain, wrapped lines indented past the command's name. */
static void man_synopsis(FILE *out, const struct cli_help_page *page)
{
	const char *form = page->synopsis;
	size_t skip = page->name ? strlen(page->name) : 0;

	while (*form) {
		size_t len = strcspn(form, "\n");
		size_t name = len >= skip ? skip : 0;

		fputs(".SY \"irkg", out);
		if (name) {
			fputc(' ', out);
			man_text(out, form, name, 0);
		}
		fputs("\"\n", out);
		while (name < len && form[name] == ' ')
			name++;
		if (name < len) {
			man_text(out, form + name, len - name, 1);
			fputc('\n', out);
		}
		fputs(".YS\n", out);
		form += len + (form[len] == '\n');
	}
}

static void man_paragraphs(FILE *out, const char *const *p)
{
	for (; p && *p; p++) {
		fputs(".PP\n", out);
		man_line(out, *p);
	}
}

static void man_lines(FILE *out, const char *prefix, const char *more,
		      const char *text)
{
	while (text && *text) {
		size_t len = strcspn(text, "\n");

		fputs(prefix, out);
		man_text(out, text, len, *prefix == '\0');
		fputc('\n', out);
		text += len + (text[len] == '\n');
		prefix = more;
	}
}

static void man_examples(FILE *out, const struct cli_help_example *e)
{
	for (; e && e->command; e++) {
		/* an example without an intro goes on from the one before */
		if (e->intro) {
			fputs(".PP\n", out);
			man_line(out, e->intro);
		}
		fputs(".RS 4\n.nf\n", out);
		man_lines(out, "$ ", ">   ", e->command);
		man_lines(out, "  ", "  ", e->output);
		fputs(".fi\n.RE\n", out);
	}
}

/* The exit statuses, as a list without blank lines between. */
static void man_exits(FILE *out, const struct cli_help_exit *x)
{
	fputs(".PD 0\n", out);
	for (; x && x->text; x++) {
		fprintf(out, ".TP 4\n.B %d\n", x->code);
		man_line(out, x->text);
	}
	fputs(".PD\n", out);
}

/* One command in the COMMANDS section. */
static void man_command(FILE *out, const struct cli_help_page *page)
{
	fprintf(out, ".SS %s\n", page->name);
	man_synopsis(out, page);
	man_paragraphs(out, page->description);
	man_options(out, page->options);
	if (page->exits && page->exits->text) {
		fputs(".PP\nExit status:\n.RS\n", out);
		man_exits(out, page->exits);
		fputs(".RE\n", out);
	}
}

static void man_head(FILE *out, const struct cli_help_page *top)
{
	size_t i;

	fputs(".\\\" irkg(1), written by 'irkg --man' from cli/help_text.c: "
	      "edit that, not this.\n",
	      out);
	fprintf(out, ".TH IRKG 1 %s \"irkg %s\" \"User Commands\"\n",
		cli_help_date, IRKG_VERSION);
	/* no hyphens added inside names, options and variables */
	fputs(".nr HY 0\n.nh\n", out);
	fputs(".SH NAME\nirkg \\- ", out);
	man_line(out, top->summary);
	fputs(".SH SYNOPSIS\n", out);
	man_synopsis(out, top);
	for (i = 0; i < cli_help_n_pages; i++)
		if (cli_help_pages[i]->name)
			man_synopsis(out, cli_help_pages[i]);
	fputs(".SH DESCRIPTION\n", out);
	man_paragraphs(out, top->description);
	fputs(".SH OPTIONS\n", out);
	man_options(out, top->options);
}

int cli_help_write_man(FILE *out)
{
	const struct cli_help_page *top = cli_help_find(NULL);
	const char *const *see;
	size_t i;

	if (!top)
		return -1;
	man_head(out, top);
	fputs(".SH COMMANDS\n", out);
	for (i = 0; i < cli_help_n_pages; i++)
		if (cli_help_pages[i]->name)
			man_command(out, cli_help_pages[i]);
	fputs(".SH EXAMPLES\n", out);
	man_examples(out, top->examples);
	for (i = 0; i < cli_help_n_pages; i++)
		if (cli_help_pages[i]->name && cli_help_pages[i]->examples) {
			fprintf(out, ".SS %s\n", cli_help_pages[i]->name);
			man_examples(out, cli_help_pages[i]->examples);
		}
	fputs(".SH EXIT STATUS\n", out);
	man_exits(out, top->exits);
	fputs(".SH ENVIRONMENT\n", out);
	man_options(out, top->environment);
	fputs(".SH FILES\n", out);
	man_options(out, top->files);
	fputs(".SH SEE ALSO\n", out);
	for (see = cli_help_see_also; *see; see++) {
		size_t len = strcspn(*see, "( ");

		if ((*see)[len] != '(') { /* a sentence, not a page */
			fputs(".PP\n", out);
			man_line(out, *see);
			continue;
		}
		fputs(".BR ", out);
		man_text(out, *see, len, 0);
		fprintf(out, " %s%s\n", *see + len,
			see[1] && strchr(see[1], '(') && !strchr(see[1], ' ')
				? ","
				: "");
	}
	return fflush(out) == 0 && !ferror(out) ? 0 : -1;
}
