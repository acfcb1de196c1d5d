/* The help of irkg and of every command, kept once as data (help_text.c) and
 * printed either as `--help` text or as the irkg(1) manual page (help.c). */
#ifndef IRKG_CLI_HELP_H
#define IRKG_CLI_HELP_H

#include <stddef.h>
#include <stdio.h>

/* One option: "-f, --format F" and what it does, as one paragraph. */
struct cli_help_option {
	const char *flags;
	const char *text;
	int man_only; /* documented in the manual page, not in --help */
};

/* One example: an optional sentence saying what it shows, the command line
 * (lines after the first, separated by '\n', continue it) and the output it
 * gives, '\n'-separated. In the output "..." stands for text left out, and
 * a line of only "..." for lines left out; tabs are shown as spaces. The
 * test suite runs the examples and compares, so they must stay true. */
struct cli_help_example {
	const char *intro;
	const char *command;
	const char *output;
};

/* One exit status and when this command returns it. */
struct cli_help_exit {
	int code;
	const char *text;
};

/* The help of one command, or of irkg itself (name NULL). The lists end
 * with an entry whose first member is NULL (exits: text NULL). */
struct cli_help_page {
	const char *name;
	const char *synopsis; /* after "irkg "; '\n' between two forms */
	const char *summary;  /* one line, for the list of commands */
	const char *const *description; /* paragraphs */
	const struct cli_help_option *options;
	const struct cli_help_example *examples;
	const struct cli_help_exit *exits;
	const struct cli_help_option *environment; /* irkg itself only */
	const struct cli_help_option *files;	   /* irkg itself only */
};

/* The pages: irkg itself first, then the commands in the order `irkg
 * --help` lists them. Static data; nothing to free. */
extern const struct cli_help_page *const cli_help_pages[];
extern const size_t cli_help_n_pages;
/* For the manual page: the date its text last changed, and what else to
 * read: "name(section)" entries and sentences, NULL-terminated. */
extern const char cli_help_date[];
extern const char *const cli_help_see_also[];

/* The page of `command`, or of irkg itself when `command` is NULL; NULL
 * when there is no such command. Borrowed, static. */
const struct cli_help_page *cli_help_find(const char *command);

/* Print the help of `command` (NULL: of irkg itself, with the list of
 * commands) as plain text in lines under 80 columns. 0 on success, -1 for
 * an unknown command or a write error. */
int cli_help_print(const char *command, FILE *out);

/* Print the short reminder for a wrong command line: "Usage: irkg ..." and
 * where to find more. `command` NULL is irkg itself. */
void cli_help_print_usage(const char *command, FILE *out);

/* Write the manual page irkg(1), in troff with the man macros, built from
 * the same pages. 0 on success, -1 on a write error. */
int cli_help_write_man(FILE *out);

#endif
