// Which sources stand behind the totals at a time: the reports each toll's figure rests on under
// the policy (as toll-steps.ts combines them), so an exported frame credits every source whose
// figure it shows, and none whose figure it does not.
import type { Incident, Measure } from '../scenario/schema';
import { claimantKey, tallyOf, TALLIES, type TotalsPolicy } from './claim-rule';
import { reportedFrom } from './toll-steps';

export function figureSourceIds(incidents: readonly Incident[], t: number, policy: TotalsPolicy, measure: Measure = 'killed'): string[] {
	const ids = new Set<string>();
	for (const incident of incidents) {
		const start = Date.parse(incident.start);
		if (start > t) continue;
		for (const toll of incident.tolls.filter((toll) => toll.measure === measure))
			for (const tally of TALLIES) {
				// The first report counts from the attack's start; each later one once it is out.
				const out = toll.reports.filter((report) => tallyOf(report) === tally).filter((report, k) => k === 0 || reportedFrom(report, incident, start) <= t);
				if (out.length === 0) continue;
				if (policy === 'first') ids.add(out[0]!.sourceId);
				else if (policy === 'latest') ids.add(out[out.length - 1]!.sourceId);
				else for (const report of new Map(out.map((report) => [claimantKey(report), report])).values()) ids.add(report.sourceId);
			}
	}
	return [...ids];
}
