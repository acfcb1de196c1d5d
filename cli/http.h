/* HTTP helpers for irkg serve, on libmicrohttpd: content negotiation,
 * replies with CORS headers, JSON error bodies, and a bounded in-memory
 * output stream for answers. */
#ifndef IRKG_HTTP_H
#define IRKG_HTTP_H

#include <stddef.h>
#include <stdio.h>

#include <microhttpd.h>

/* The media type of `offered` (n of them, the server's preference first)
 * that the Accept header `accept` ranks highest: q-values honoured,
 * wildcard ranges (a type with any subtype, any type) matched, a type
 * given q=0 refused. A missing or
 * empty header takes offered[0]. NULL when nothing offered is acceptable
 * (406). Returns a pointer into `offered`. */
const char *http_negotiate(const char *accept, const char *const *offered,
			   size_t n);

/* Queue a reply: `body` (length bytes, malloc'd; the reply takes it, NULL
 * for none) with Content-Type `type` (NULL for none), status `status`, and
 * the CORS header that lets a page on another origin read it. */
enum MHD_Result http_reply(struct MHD_Connection *c, unsigned status,
			   const char *type, char *body, size_t length);

/* Queue an error reply: {"error": "message"} as application/json. */
enum MHD_Result http_error(struct MHD_Connection *c, unsigned status,
			   const char *format, ...)
	__attribute__((format(printf, 3, 4)));

/* A FILE * that collects what is written into memory, up to `limit` bytes;
 * past it writes fail (the writer then reports an I/O error, and
 * http_buffer_full says why). Read the bytes with http_buffer_take. */
struct http_buffer {
	char *data;
	size_t length, capacity, limit;
	int full;
	FILE *file;
};
int http_buffer_open(struct http_buffer *b, size_t limit);
/* Close the stream and hand over the bytes (malloc'd; the caller frees
 * them, or passes them to http_reply); *length their count. */
char *http_buffer_take(struct http_buffer *b, size_t *length);
/* Close and free without handing over. */
void http_buffer_discard(struct http_buffer *b);

#endif
