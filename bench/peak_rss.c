/* peak_rss: run a command and print on stderr its peak resident set size
 * and the peak of its anonymous (private) resident memory, in KiB:
 *   peak_rss RSS ANON
 * then exit with its status. RSS counts the pages of a memory-mapped store
 * (LMDB's data.mdb) that the command touched, which the kernel can drop at
 * will; ANON, sampled from /proc/PID/status every 20 ms, is the memory the
 * command itself needs. For bench/scale.sh, without GNU time. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* RssAnon of `pid` in KiB, or -1 when it cannot be read. */
static long rss_anon(pid_t pid)
{
	char path[64], line[256];
	long kib = -1;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%ld/status", (long)pid);
	f = fopen(path, "r");
	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "RssAnon: %ld", &kib) == 1)
			break;
	fclose(f);
	return kib;
}

int main(int argc, char **argv)
{
	const struct timespec tick = {0, 20 * 1000 * 1000};
	struct rusage usage;
	long anon, peak_anon = 0;
	int status;
	pid_t pid, done;

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
	while ((done = wait4(pid, &status, WNOHANG, &usage)) == 0) {
		anon = rss_anon(pid);
		if (anon > peak_anon)
			peak_anon = anon;
		nanosleep(&tick, NULL);
	}
	if (done < 0) {
		perror("peak_rss: wait4");
		return 1;
	}
	fprintf(stderr, "peak_rss %ld %ld\n", usage.ru_maxrss, peak_anon);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
