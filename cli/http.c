/* HTTP helpers for irkg serve (see http.h). */
#define _GNU_SOURCE /* fopencookie */
#include "http.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/types.h>

/* ---- content negotiation ---- */

/* How well the media range `range` (length n) matches `type`: 3 exact,
 * 2 the type with a wildcard subtype, 1 the wildcard range, 0 not. */
static int match_level(const char *range, size_t n, const char *type)
{
	const char *slash = strchr(type, '/');

	if (n == strlen(type) && strncasecmp(range, type, n) == 0)
		return 3;
	if (n == 3 && strncmp(range, "*/*", 3) == 0)
		return 1;
	if (slash && n == (size_t)(slash - type) + 2 &&
	    strncasecmp(range, type, n - 1) == 0 && range[n - 1] == '*')
		return 2;
	return 0;
}

const char *http_negotiate(const char *accept, const char *const *offered,
			   size_t n)
{
	const char *best = NULL;
	double best_q = 0;
	size_t i;

	if (!accept || !*accept || n == 0)
		return n ? offered[0] : NULL;
	for (i = 0; i < n; i++) {
		/* the most specific range that matches gives the q-value */
		const char *p = accept;
		int level = 0;
		double q = 0;

		while (*p) {
			const char *end = strchr(p, ','), *semi, *qp;
			size_t len, rlen;
			int l;

			len = end ? (size_t)(end - p) : strlen(p);
			while (len && (*p == ' ' || *p == '\t')) {
				p++;
				len--;
			}
			semi = memchr(p, ';', len);
			rlen = semi ? (size_t)(semi - p) : len;
			while (rlen &&
			       (p[rlen - 1] == ' ' || p[rlen - 1] == '\t'))
				rlen--;
			l = match_level(p, rlen, offered[i]);
			if (l > level) {
				double value = 1;

				qp = semi;
				while (qp && qp < p + len) {
					const char *eq = qp + 1;

					while (*eq == ' ')
						eq++;
					if ((eq[0] == 'q' || eq[0] == 'Q') &&
					    eq[1] == '=') {
						value = strtod(eq + 2, NULL);
						break;
					}
					qp = memchr(eq, ';',
						    (size_t)(p + len - eq));
				}
				level = l;
				q = value;
			}
			p += len;
			if (*p == ',')
				p++;
		}
		if (level && q > best_q) {
			best = offered[i];
			best_q = q;
		}
	}
	return best;
}

/* ---- replies ---- */

enum MHD_Result http_reply(struct MHD_Connection *c, unsigned status,
			   const char *type, char *body, size_t length)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(
		length, body ? body : (char *)"",
		body ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
	enum MHD_Result ok;

	if (!r) {
		free(body);
		return MHD_NO;
	}
	if (type)
		MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	MHD_add_response_header(r, "Access-Control-Allow-Origin", "*");
	MHD_add_response_header(r, "Vary", "Accept");
	if (status == MHD_HTTP_METHOD_NOT_ALLOWED ||
	    status == MHD_HTTP_NO_CONTENT)
		MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW,
					"GET, POST, OPTIONS");
	if (status == MHD_HTTP_NO_CONTENT) {
		MHD_add_response_header(r, "Access-Control-Allow-Methods",
					"GET, POST, OPTIONS");
		MHD_add_response_header(r, "Access-Control-Allow-Headers",
					"Content-Type, Accept");
	}
	ok = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return ok;
}

enum MHD_Result http_error(struct MHD_Connection *c, unsigned status,
			   const char *format, ...)
{
	struct http_buffer b;
	char message[2048];
	const unsigned char *p;
	va_list args;
	char *body;
	size_t length;

	va_start(args, format);
	vsnprintf(message, sizeof(message), format, args);
	va_end(args);
	if (http_buffer_open(&b, sizeof(message) * 7))
		return MHD_NO;
	fputs("{\"error\": \"", b.file);
	for (p = (const unsigned char *)message; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(b.file, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", b.file);
		else if (*p < 0x20)
			fprintf(b.file, "\\u%04x", *p);
		else
			fputc(*p, b.file);
	}
	fputs("\"}\n", b.file);
	body = http_buffer_take(&b, &length);
	if (!body)
		return MHD_NO;
	return http_reply(c, status, "application/json", body, length);
}

/* ---- bounded memory stream ---- */

static ssize_t buffer_write(void *cookie, const char *data, size_t size)
{
	struct http_buffer *b = cookie;

	if (b->length + size > b->limit) {
		b->full = 1;
		return -1;
	}
	if (b->length + size + 1 > b->capacity) {
		size_t capacity = b->capacity ? b->capacity : 4096;
		char *grown;

		while (b->length + size + 1 > capacity)
			capacity *= 2;
		grown = realloc(b->data, capacity);
		if (!grown)
			return -1;
		b->data = grown;
		b->capacity = capacity;
	}
	memcpy(b->data + b->length, data, size);
	b->length += size;
	b->data[b->length] = '\0';
	return (ssize_t)size;
}

int http_buffer_open(struct http_buffer *b, size_t limit)
{
	cookie_io_functions_t io = {NULL, buffer_write, NULL, NULL};

	memset(b, 0, sizeof(*b));
	b->limit = limit;
	b->file = fopencookie(b, "w", io);
	return b->file ? 0 : -1;
}

char *http_buffer_take(struct http_buffer *b, size_t *length)
{
	char *data;

	if (b->file && fclose(b->file) != 0) {
		b->file = NULL;
		http_buffer_discard(b);
		return NULL;
	}
	b->file = NULL;
	data = b->data ? b->data : strdup("");
	*length = b->data ? b->length : 0;
	b->data = NULL;
	return data;
}

void http_buffer_discard(struct http_buffer *b)
{
	if (b->file)
		fclose(b->file);
	b->file = NULL;
	free(b->data);
	b->data = NULL;
}
