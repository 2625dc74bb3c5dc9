// Loading an event table file: 100k and 1M synthetic events are generated and encoded in memory,
// then decoded (median of 3) straight from the bytes and through readEventTable from a stream
// of 64 KiB chunks, as a fetch body arrives. Reports the file size and the memory the loaded
// table holds, against the budget of 1M events in ≤ 1.5 s and ≤ 150 MB. That budget is the
// browser's: Node runs the same V8, so this is a proxy, not the browser's number.
// Run: node --expose-gc --import tsx bench/dataset-load.ts (without --expose-gc the memory
// figures include garbage not yet collected, and the script says so).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { decodeEventTable, encodeEventTable, readEventTable } from '../src/lib/dataset/binary-format';
import type { EventTable } from '../src/lib/dataset/event-table';
import { syntheticEventTable } from '../src/lib/dataset/synthetic';

const SIZES = [100_000, 1_000_000];
const RUNS = 3;
const CHUNK_BYTES = 64 * 1024;
const BUDGET = { events: 1_000_000, loadMs: 1500, memoryMB: 150 };

const gc = (globalThis as { gc?: () => void }).gc;
const collect = () => {
	gc?.();
	gc?.();
};
const MB = 2 ** 20;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
	let at = 0;
	return new ReadableStream({
		pull(controller) {
			if (at >= bytes.length) return controller.close();
			// A copy, as a network chunk would be: the table must not keep the source's buffer.
			controller.enqueue(bytes.slice(at, (at += CHUNK_BYTES)));
		}
	});
}

async function timed(load: () => Promise<EventTable> | EventTable): Promise<number[]> {
	const times: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		collect();
		const started = performance.now();
		await load();
		times.push(performance.now() - started);
	}
	return times;
}

/** What holding the loaded table costs: JS heap (strings, objects) and ArrayBuffers (the columns). */
async function memoryOf(bytes: Uint8Array) {
	collect();
	const before = process.memoryUsage();
	const table = await readEventTable(streamOf(bytes));
	collect();
	const after = process.memoryUsage();
	const heapMB = (after.heapUsed - before.heapUsed) / MB;
	const arrayBuffersMB = (after.arrayBuffers - before.arrayBuffers) / MB;
	return { rows: table.length, heapUsedMB: round(after.heapUsed / MB), heapMB: round(heapMB), arrayBuffersMB: round(arrayBuffersMB), totalMB: round(heapMB + arrayBuffersMB) };
}

const results = [];
for (const events of SIZES) {
	const generated = performance.now();
	const bytes = encodeEventTable(syntheticEventTable({ count: events, seed: 1 }));
	const generateMs = performance.now() - generated;
	const decodeMs = await timed(() => decodeEventTable(bytes));
	const readMs = await timed(() => readEventTable(streamOf(bytes)));
	const memory = await memoryOf(bytes);
	const result = {
		events,
		fileMB: round(bytes.length / MB),
		generateAndEncodeMs: Math.round(generateMs),
		decodeMs: { median: round(median(decodeMs)), runs: decodeMs.map((t) => round(t)) },
		readStreamMs: { median: round(median(readMs)), runs: readMs.map((t) => round(t)) },
		memory
	};
	results.push(result);
	console.log(
		`${events} events: file ${result.fileMB} MB; decode ${result.decodeMs.median} ms, read from stream ${result.readStreamMs.median} ms ` +
			`(median of ${RUNS}); holds ${memory.heapMB} MB of JS heap + ${memory.arrayBuffersMB} MB of ArrayBuffers = ${memory.totalMB} MB`
	);
}

const atBudget = results.find((r) => r.events === BUDGET.events)!;
const withinTime = atBudget.readStreamMs.median <= BUDGET.loadMs;
const withinMemory = atBudget.memory.totalMB <= BUDGET.memoryMB;
const output = {
	date: new Date().toISOString(),
	machine: { cpus: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, node: process.version, loadAverage: os.loadavg().map((l) => round(l, 2)) },
	gcExposed: gc !== undefined,
	note: 'Node (same V8) as a proxy for the browser; memory is what the loaded table holds: JS heap growth plus ArrayBuffers',
	budget: BUDGET,
	withinBudget: { time: withinTime, memory: withinMemory },
	results
};
const outputPath = fileURLToPath(new URL('./results/dataset-load.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
writeFileSync(outputPath, JSON.stringify(output, null, '\t') + '\n');
if (!gc) console.log('global.gc is not exposed (run node with --expose-gc): memory figures include uncollected garbage');
console.log(
	`1M events: read ${atBudget.readStreamMs.median} ms (budget ${BUDGET.loadMs}: ${withinTime ? 'within' : 'OVER'}), ` +
		`${atBudget.memory.totalMB} MB (budget ${BUDGET.memoryMB}: ${withinMemory ? 'within' : 'OVER'}) on ${output.machine.cores} × ${output.machine.cpus}`
);
