// bench/oxigraph.mjs: the Oxigraph baseline of bench/run.sh. Loads one
// N-Triples file into a named graph of an in-memory Oxigraph store, then
// runs each query file REPEAT times and prints, one line each:
//   load MS
//   query NAME MEDIAN_MS ROWS
// Times are wall milliseconds inside this process (no process start).
//
// Usage: node bench/oxigraph.mjs DATA.nt GRAPH-IRI REPEAT NAME=FILE.rq...
// The oxigraph package is installed by bench/run.sh with npm into
// build/bench/npm; NODE_PATH points there.
import { readFileSync } from "node:fs";
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

const store = new oxigraph.Store();
let start = performance.now();
store.load(readFileSync(data, "utf8"), {
	format: "application/n-triples",
	to_graph_name: oxigraph.namedNode(graph),
});
console.log(`load ${(performance.now() - start).toFixed(1)}`);

for (const arg of queries) {
	const eq = arg.indexOf("=");
	const name = arg.slice(0, eq);
	const text = readFileSync(arg.slice(eq + 1), "utf8");
	const times = [];
	let rows = 0;
	for (let i = 0; i < repeat; i++) {
		start = performance.now();
		const result = store.query(text);
		rows = Array.isArray(result) ? result.length : 1;
		times.push(performance.now() - start);
	}
	console.log(`query ${name} ${median(times).toFixed(3)} ${rows}`);
}
