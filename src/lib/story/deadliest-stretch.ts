// Where the story's attacks cluster and most people were killed: the stretch the casualty chart
// offers to zoom to (review 20: at the whole period the climax is squeezed into its last pixels).
// Attacks are grouped in time, a gap far longer than the usual one between attacks separating
// groups; each group runs from its first attack to its last report, so a toll revised days later
// is in it.
import { addBands } from '../casualties/band';
import { createRunningTotals, SIDES } from '../casualties/running-totals';
import type { Incident } from '../scenario/schema';
import { DAY, span, type TimeWindow } from '../time/time-window';

/** A gap this many times the median gap between attacks ends a group. */
const GAP_FACTOR = 3;
/** Attacks a day apart or closer are one group, however close the others are. */
const MIN_SPLIT = DAY;
/** A stretch that covers more than this share of the whole period is not worth zooming to. */
const MAX_SHARE = 0.5;

export interface Stretch extends TimeWindow {
	/** The highest figure of people killed in its attacks, every side, every report. */
	killed: number;
}

/** One attack's extent (its start to its last report or its end) and its highest toll of killed. */
function extentOf(incident: Incident): Stretch {
	const from = Date.parse(incident.start);
	const totals = createRunningTotals([incident]);
	const steps = totals.steps('range', 'counted');
	const killed = addBands(SIDES.map((side) => totals.at(Infinity, 'range', 'counted')[side].killed)).high;
	return { from, to: Math.max(Date.parse(incident.end), steps.at(-1)?.t ?? from), killed };
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The attacks grouped where they cluster in time, in order. */
export function attackStretches(incidents: readonly Incident[]): Stretch[] {
	const extents = incidents.map(extentOf).sort((a, b) => a.from - b.from);
	const gaps = extents.slice(1).map((extent, i) => Math.max(0, extent.from - extents[i]!.from));
	const split = Math.max(MIN_SPLIT, GAP_FACTOR * (gaps.length > 0 ? median(gaps) : 0));
	const stretches: Stretch[] = [];
	for (const extent of extents) {
		const last = stretches.at(-1);
		if (last && extent.from - last.to <= split) {
			last.to = Math.max(last.to, extent.to);
			last.killed += extent.killed;
		} else stretches.push({ ...extent });
	}
	return stretches;
}

/**
 * The stretch where most people were killed (the later one of equals), or null when the attacks
 * do not cluster: one group covering most of `bounds`, or no attack at all.
 */
export function deadliestStretch(incidents: readonly Incident[], bounds: TimeWindow): Stretch | null {
	let best: Stretch | null = null;
	for (const stretch of attackStretches(incidents)) if (!best || stretch.killed >= best.killed) best = stretch;
	return best && span(best) <= MAX_SHARE * span(bounds) ? best : null;
}
