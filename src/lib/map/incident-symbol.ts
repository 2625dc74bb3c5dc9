import type { Incident, TollReport } from '../scenario/schema';

const reportHigh = (report: TollReport) => ('value' in report ? report.value : report.high) ?? 0;

/** The highest reported number killed on all sides: symbols must not understate any report. */
export function highestKilled(incident: Incident): number {
	return incident.tolls
		.filter((toll) => toll.measure === 'killed')
		.reduce((sum, toll) => sum + Math.max(...toll.reports.map(reportHigh)), 0);
}

/** Radius with area proportional to the toll; a toll of zero still gets a visible dot. */
export function symbolRadius(killed: number, largestKilled: number, largestRadius: number, smallestRadius = 4): number {
	if (largestKilled <= 0) return smallestRadius;
	return Math.max(smallestRadius, largestRadius * Math.sqrt(killed / largestKilled));
}
