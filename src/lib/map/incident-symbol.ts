import type { Incident, TollReport } from '../scenario/schema';

const reportHigh = (report: TollReport) => ('value' in report ? report.value : report.high) ?? 0;

/**
 * The highest reported number killed on all sides: symbols must not understate
 * any report. A perpetrator's claim is not a report of the toll: it never sizes
 * a symbol, and a toll made only of claims adds nothing.
 */
export function highestKilled(incident: Incident): number {
	return incident.tolls
		.filter((toll) => toll.measure === 'killed')
		.reduce((sum, toll) => {
			const counted = toll.reports.filter((report) => report.perpetratorClaim !== true);
			return counted.length === 0 ? sum : sum + Math.max(...counted.map(reportHigh));
		}, 0);
}

/** Radius with area proportional to the toll; a toll of zero still gets a visible dot. */
export function symbolRadius(killed: number, largestKilled: number, largestRadius: number, smallestRadius = 4): number {
	if (largestKilled <= 0) return smallestRadius;
	return Math.max(smallestRadius, largestRadius * Math.sqrt(killed / largestKilled));
}
