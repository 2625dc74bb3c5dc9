// Times responseSurface at its default grid (0.1°, 160 × 100 cells) over the
// Sahel frame with the two bases of the Chinagodrar case, against the 50 ms
// budget of product.md (over it, the surface moves to a worker).
// Run: npx tsx bench/response-surface.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { responseSurface, type ResponseSurfaceOptions } from '../src/lib/response/response-surface';

const BUDGET_MS = 50;
const WARM_UP_RUNS = 10;
const TIMED_RUNS = 50;

const options: ResponseSurfaceOptions = {
	bases: [
		{ position: [2.1703, 13.4817], scrambleMinutes: 30, cruiseKmh: 850 }, // Mirage 2000D, Niamey airport
		{ position: [8.0139, 16.9503], scrambleMinutes: 30, cruiseKmh: 370 } // MQ-9, Air Base 201
	],
	extent: [
		[-6, 10],
		[10, 20]
	]
};

/** Nearest-rank percentile of ascending durations. */
function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

for (let run = 0; run < WARM_UP_RUNS; run++) responseSurface(options);
const durations: number[] = [];
let surface = responseSurface(options);
for (let run = 0; run < TIMED_RUNS; run++) {
	const start = performance.now();
	surface = responseSurface(options);
	durations.push(performance.now() - start);
}
durations.sort((a, b) => a - b);

const round = (ms: number) => Math.round(ms * 1000) / 1000;
const result = {
	date: new Date().toISOString(),
	machine: { cpus: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, node: process.version },
	grid: `${surface.width} × ${surface.height}`,
	runs: TIMED_RUNS,
	medianMs: round(percentile(durations, 50)),
	p95Ms: round(percentile(durations, 95)),
	budgetMs: BUDGET_MS
};

const outputPath = fileURLToPath(new URL('./results/response-surface.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
writeFileSync(outputPath, JSON.stringify(result, null, '\t') + '\n');
console.log(
	`response surface ${result.grid}, 2 bases, ${TIMED_RUNS} runs: median ${result.medianMs} ms, p95 ${result.p95Ms} ms ` +
		`(budget ${BUDGET_MS} ms: ${result.p95Ms <= BUDGET_MS ? 'within' : 'OVER'}) on ${result.machine.cores} × ${result.machine.cpus}`
);
