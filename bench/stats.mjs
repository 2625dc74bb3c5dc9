// Percentiles and medians for the benches (nearest rank, as the outside checker computes them).

export function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const median = (values) => percentile(values, 50);

export const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** p50 and p95 of each field over a list of records with the same numeric fields. */
export function summarise(records, fields) {
	return Object.fromEntries(
		fields.map((field) => {
			const values = records.map((r) => r[field]);
			return [field, { p50: round(percentile(values, 50)), p95: round(percentile(values, 95)) }];
		})
	);
}

/** The median over repeats of each repeat's p50 and p95, field by field. */
export function medianOfRepeats(repeats, fields) {
	return Object.fromEntries(
		fields.map((field) => [field, { p50: round(median(repeats.map((r) => r[field].p50))), p95: round(median(repeats.map((r) => r[field].p95))) }])
	);
}
