"""A stand-in for `irkg serve` that answers the page's requests from files,
for tests/e2e/test_page.sh: the page's own behaviour, without the server.

    python3 stub_server.py PORT_FILE WWW_DIR FIXTURES_DIR LOG_FILE

Listens on 127.0.0.1 on a free port, written to PORT_FILE. Answers
  /                  WWW_DIR/index.html
  /queries           FIXTURES_DIR/queries.json
  /queries/NAME      FIXTURES_DIR/query-NAME.json (404 JSON error if absent)
  /sparql            GET or POST: FIXTURES_DIR/sparql.json; a query with
                     BROKEN in it gets 400 {"error": ...}; ASK gets a boolean
  /network           FIXTURES_DIR/network.svg
and logs each request to LOG_FILE as "METHOD PATH|ACCEPT|BODY".
Results need Accept: application/sparql-results+json (else 406), as the
real server's content negotiation would.
"""
import json
import os
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT_FILE, WWW, FIXTURES, LOG = sys.argv[1:5]
RESULTS = "application/sparql-results+json"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status, body, content_type):
        data = body if isinstance(body, bytes) else body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def error(self, status, message):
        self.send(status, json.dumps({"error": message}), "application/json")

    def file(self, path, content_type):
        try:
            with open(path, "rb") as f:
                self.send(200, f.read(), content_type)
        except OSError:
            self.error(404, "no such file in the stub: " + os.path.basename(path))

    def answer(self, method, body):
        url = urllib.parse.urlsplit(self.path)
        accept = self.headers.get("Accept", "")
        with open(LOG, "a") as log:
            log.write("%s %s|%s|%s\n" % (method, self.path, accept, body))
        if url.path == "/":
            return self.file(os.path.join(WWW, "index.html"), "text/html; charset=utf-8")
        if url.path == "/queries":
            return self.file(os.path.join(FIXTURES, "queries.json"), "application/json")
        if url.path == "/network":
            return self.file(os.path.join(FIXTURES, "network.svg"), "image/svg+xml")
        if url.path.startswith("/queries/") or url.path == "/sparql":
            if RESULTS not in accept:
                return self.error(406, "ask for " + RESULTS)
            if url.path == "/sparql":
                form = urllib.parse.parse_qs(body if method == "POST" else url.query)
                query = (form.get("query") or [""])[0]
                if "BROKEN" in query:
                    return self.error(400, "syntax error at line 1: BROKEN")
                if query.lstrip().upper().startswith("ASK"):
                    return self.send(200, '{"head": {}, "boolean": true}', RESULTS)
                return self.file(os.path.join(FIXTURES, "sparql.json"), RESULTS)
            name = url.path[len("/queries/"):]
            path = os.path.join(FIXTURES, "query-" + os.path.basename(name) + ".json")
            if not os.path.exists(path):
                return self.error(404, "no canned query " + name)
            return self.file(path, RESULTS)
        return self.error(404, "no such path: " + url.path)

    def do_GET(self):
        self.answer("GET", "")

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.answer("POST", self.rfile.read(length).decode("utf-8"))


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(PORT_FILE + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(PORT_FILE + ".tmp", PORT_FILE)
server.serve_forever()
