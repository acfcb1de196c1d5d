/* peak_rss: run a command and print its peak resident set size (KiB) on
 * stderr as "peak_rss KIB", then exit with its status. For bench/scale.sh,
 * which wants each batch's memory without GNU time installed. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct rusage usage;
	int status;
	pid_t pid;

	if (argc < 2) {
		fputs("usage: peak_rss COMMAND [ARG...]\n", stderr);
		return 2;
	}
	pid = fork();
	if (pid < 0) {
		perror("peak_rss: fork");
		return 1;
	}
	if (pid == 0) {
		execvp(argv[1], argv + 1);
		perror("peak_rss: exec");
		_exit(127);
	}
	if (wait4(pid, &status, 0, &usage) < 0) {
		perror("peak_rss: wait4");
		return 1;
	}
	fprintf(stderr, "peak_rss %ld\n", usage.ru_maxrss);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
