// Which reports stand behind the totals' figures at a time: what a printed page cites beside its
// numbers, and an exported frame credits (every source whose figure it shows, none whose it does not). The same reading as the running totals (running-totals.ts): an incident
// counts once begun, a tally's first report from the start, each later one from when it came
// out, and the policy picks among the reports out (claim-rule.ts).
import type { Incident, Measure, Toll, TollReport } from '../scenario/schema';
import { claimantKey, tallyOf, type Tally, type TotalsPolicy } from './claim-rule';
import { SIDES } from './running-totals';
import { reportedFrom } from './toll-steps';

/** One report whose figure is in a total (or, for the opposing side's claims, on the claims line) at that time. */
export interface FigureSource {
	incident: Incident;
	toll: Toll;
	report: TollReport;
	tally: Tally;
}

/**
 * The reports behind the figures of one measure at `t`, by incident in time order, then side, then
 * toll: under `range` each body's latest report out, under `first` and `latest` that one report.
 */
export function figureSources(incidents: readonly Incident[], t: number, policy: TotalsPolicy, measure: Measure): FigureSource[] {
	const begun = incidents.filter((incident) => Date.parse(incident.start) <= t).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
	return begun.flatMap((incident) => {
		const start = Date.parse(incident.start);
		const tolls = incident.tolls.filter((toll) => toll.measure === measure).sort((a, b) => SIDES.indexOf(a.side) - SIDES.indexOf(b.side));
		return tolls.flatMap((toll) =>
			(['counted', 'opponent'] as const).flatMap((tally) => {
				const reports = toll.reports.filter((report) => tallyOf(report) === tally);
				// The first report counts from the start: before it, nothing is known.
				const out = reports.filter((report, k) => (k === 0 ? start : reportedFrom(report, incident, start)) <= t);
				return inEffect(out, policy).map((report) => ({ incident, toll, report, tally }));
			})
		);
	});
}

export function killedFigureSources(incidents: readonly Incident[], t: number, policy: TotalsPolicy): FigureSource[] {
	return figureSources(incidents, t, policy, 'killed');
}

/** The ids of the sources behind the figures: what an exported frame credits. */
export function figureSourceIds(incidents: readonly Incident[], t: number, policy: TotalsPolicy, measure: Measure = 'killed'): string[] {
	return [...new Set(figureSources(incidents, t, policy, measure).map(({ report }) => report.sourceId))];
}

/** The reports a policy makes its figure of, in the order they came out. */
function inEffect(out: readonly TollReport[], policy: TotalsPolicy): TollReport[] {
	if (out.length === 0) return [];
	switch (policy) {
		case 'first':
			return [out[0]!];
		case 'latest':
			return [out[out.length - 1]!];
		case 'range':
			// A body's later figure replaces its own earlier one.
			return out.filter((report, k) => !out.slice(k + 1).some((later) => claimantKey(later) === claimantKey(report)));
		default:
			throw new Error(`invalid policy: ${String(policy)}`);
	}
}
