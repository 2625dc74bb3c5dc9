// The incidents' tolls as the running totals read them: each toll's reports split by tally
// (counted, opponent), each report dated from when it counts, and the incidents' starts sorted.
import type { TimeWindow } from '../time/time-window';
import type { Incident } from '../scenario/schema';
import { reportBand } from './band';
import { cellOf } from './cells';
import { claimantKey, tallyOf, type Tally } from './claim-rule';
import type { TallyToll } from './prefix-sums';
import { reportedFrom } from './toll-steps';

export interface TollIndex {
	/** Every incident's start (epoch ms), sorted. */
	starts: Float64Array;
	tolls: Record<Tally, TallyToll[]>;
	/** The cells (side × measure) that some report of the tally gives a figure or a word for. */
	reportedCells: Record<Tally, Set<number>>;
	/** From the first incident start to the last time a report comes out (or an incident starts); null without incidents. */
	extent: TimeWindow | null;
}

export function indexTolls(incidents: readonly Incident[]): TollIndex {
	const starts = new Float64Array(incidents.length);
	const tolls: Record<Tally, TallyToll[]> = { counted: [], opponent: [] };
	const reportedCells: Record<Tally, Set<number>> = { counted: new Set(), opponent: new Set() };
	let last = -Infinity;
	incidents.forEach((incident, i) => {
		const start = Date.parse(incident.start);
		if (!Number.isFinite(start)) throw new Error(`invalid incident start: ${incident.start} (${incident.id})`);
		starts[i] = start;
		last = Math.max(last, start);
		for (const toll of incident.tolls) {
			const cell = cellOf(toll.side, toll.measure);
			for (const tally of ['counted', 'opponent'] as const) {
				const reports = toll.reports
					.filter((report) => tallyOf(report) === tally)
					.map((report, k) => ({
						band: reportBand(report),
						claimant: claimantKey(report),
						// The first report counts from the start: before it, nothing is known.
						from: k === 0 ? start : reportedFrom(report, incident, start)
					}));
				if (reports.length === 0) continue;
				for (const { from } of reports) last = Math.max(last, from);
				tolls[tally].push({ cell, reports });
				reportedCells[tally].add(cell);
			}
		}
	});
	starts.sort();
	return { starts, tolls, reportedCells, extent: starts.length > 0 ? { from: starts[0]!, to: last } : null };
}
