/* Pictures of state networks: the layout and filters irkg draws with
 * everywhere (irkg network --render, the server's /network), laid out by
 * Graphviz. */
#ifndef IRKG_CLI_RENDER_H
#define IRKG_CLI_RENDER_H

#include <stddef.h>
#include <stdio.h>

#include "../graph/network.h"

/* Render `net` as format "svg" or "png" into `out` with the layout and
 * filters irkg uses everywhere (docs/network.md, "Pictures"): a
 * force-directed layout without overlapping nodes, nodes sized by their
 * number of edges, edges coloured by kind and widened by weight, a legend,
 * and on a dense network only each node's strongest edges, which the
 * caption counts ("127 of 3025 edges shown"). Runs Graphviz (the Debian
 * package graphviz) from $PATH and stops it after a minute.
 *
 * Returns 0; on failure an irkg error with a sentence for a person in
 * `why` (and `out` may hold part of a picture): IRKG_EINVAL for another
 * format, IRKG_EUNSUPPORTED when Graphviz is not installed, IRKG_EIO when
 * it failed or took too long or `out` could not be written, IRKG_ENOMEM.
 * `out` need not have a file descriptor (open_memstream will do). Keeps no
 * state between calls; SIGPIPE is held back in the calling thread only,
 * so threads may render at once. */
int cli_network_render(const irkg_network *net, const char *format, FILE *out,
		       char *why, size_t why_size);

#endif
