// bench/oxigraph.mjs: the Oxigraph baseline of bench/run.sh and
// bench/scale.sh. Loads one N-Triples file into a named graph of an
// in-memory Oxigraph store (or, with GRAPH-IRI "-", an N-Quads file with
// its own graphs, queried as their union, as irkg does), then runs each
// query file REPEAT times and prints, one line each:
//   load MS
//   query NAME MEDIAN_MS ROWS
// Times are wall milliseconds inside this process (no process start).
//
// Usage: node bench/oxigraph.mjs DATA.nt GRAPH-IRI REPEAT NAME=FILE.rq...
// The oxigraph package is installed by bench/run.sh with npm into
// build/bench/npm; NODE_PATH points there.
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const oxigraph = require("oxigraph");

const [data, graph, repeatText, ...queries] = process.argv.slice(2);
const repeat = Number(repeatText);
if (!data || !graph || !(repeat > 0) || queries.length === 0) {
	console.error("usage: node bench/oxigraph.mjs DATA.nt GRAPH-IRI REPEAT NAME=FILE.rq...");
	process.exit(2);
}

const median = (values) => {
	const v = [...values].sort((a, b) => a - b);
	const m = Math.floor(v.length / 2);
	return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

const quads = graph === "-";
const store = new oxigraph.Store();
const options = quads
	? { format: "application/n-quads" }
	: { format: "application/n-triples", to_graph_name: oxigraph.namedNode(graph) };
let start = performance.now();
// In pieces of whole lines, read as they come: a JavaScript string holds at
// most about 512 MB and readFileSync at most 2 GiB, and a 10,000-article
// store is 3 GB of N-Quads. (A blank node split across two pieces would
// become two; irkg writes almost none.)
const fd = openSync(data, "r");
const piece = Buffer.alloc(64 * 1024 * 1024);
let carry = Buffer.alloc(0);
for (;;) {
	const n = readSync(fd, piece, 0, piece.length, null);
	const chunk = Buffer.concat([carry, piece.subarray(0, n)]);
	const end = n === 0 ? chunk.length : chunk.lastIndexOf(10) + 1;
	if (end > 0) store.load(chunk.toString("utf8", 0, end), options);
	carry = Buffer.from(chunk.subarray(end));
	if (n === 0) break;
}
closeSync(fd);
console.log(`load ${(performance.now() - start).toFixed(1)}`);

for (const arg of queries) {
	const eq = arg.indexOf("=");
	const name = arg.slice(0, eq);
	const text = readFileSync(arg.slice(eq + 1), "utf8");
	const times = [];
	let rows = 0;
	for (let i = 0; i < repeat; i++) {
		start = performance.now();
		const result = store.query(text, { use_default_graph_as_union: quads });
		rows = Array.isArray(result) ? result.length : 1;
		times.push(performance.now() - start);
	}
	console.log(`query ${name} ${median(times).toFixed(3)} ${rows}`);
}
