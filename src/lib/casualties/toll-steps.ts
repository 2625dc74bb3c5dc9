// One toll over time: when each of its reports counts from, and the band a
// policy makes of the reports out at each moment. The running totals sum these.
import type { Incident, TollReport } from '../scenario/schema';
import { NONE_REPORTED, reportBand, sameBand, type Band } from './band';
import { claimantKey, combine, tallyOf, TOTALS_POLICIES, type ClaimedBand, type Tally, type TotalsPolicy } from './claim-rule';

/** A report of one tally, with the time it counts from. */
export interface DatedReport extends ClaimedBand {
	from: number;
}

const OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

/**
 * When a report has come out, for an incident: its `reported` instant, a date
 * meaning the start of that day in the zone the incident's start is written
 * in; never before the incident's start; the start itself for an undated
 * report (a reference work).
 */
export function reportedFrom(report: TollReport, incident: Pick<Incident, 'id' | 'start'>, start = Date.parse(incident.start)): number {
	const { reported } = report;
	if (reported === undefined) return start;
	let t: number;
	// The schema allows a date (YYYY-MM-DD) or a date-time with offset.
	if (reported.length === 10) {
		const offset = OFFSET.exec(incident.start)?.[1];
		if (offset === undefined) throw new Error(`invalid incident start: ${incident.start} has no offset (${incident.id})`);
		t = Date.parse(`${reported}T00:00:00${offset}`);
	} else {
		t = Date.parse(reported);
	}
	if (!Number.isFinite(t)) throw new Error(`invalid report date: ${reported} (${incident.id})`);
	return Math.max(start, t);
}

/**
 * What one toll contributes to a tally under a policy once all its reports
 * are out; "none reported" when the tally has none of its reports.
 * Reports are in the order they came out (the cross-checks enforce it).
 */
export function tollBand(reports: readonly TollReport[], policy: TotalsPolicy, tally: Tally): Band {
	if (reports.length === 0) throw new Error('invalid toll: it has no reports');
	if (!TOTALS_POLICIES.includes(policy)) throw new Error(`invalid policy: ${String(policy)}`);
	const out = reports.filter((report) => tallyOf(report) === tally).map((report) => ({ band: reportBand(report), claimant: claimantKey(report) }));
	return out.length === 0 ? { ...NONE_REPORTED } : combine(out, policy);
}

/**
 * A toll's band over time under a policy: from each `t` on, until the next.
 * The first report counts from the first `t` (the incident's start); a time
 * at which the band does not change is left out.
 */
export function bandSteps(reports: readonly DatedReport[], policy: TotalsPolicy): { t: number; band: Band }[] {
	const first = reports[0]!;
	if (policy === 'first') return [{ t: first.from, band: first.band }];
	const times = [...new Set(reports.map((report) => report.from))].sort((a, b) => a - b);
	const steps: { t: number; band: Band }[] = [];
	let previous: Band | undefined;
	for (const t of times) {
		// Kept in report order: a later report dated only by its day can count from before an earlier one dated to the hour.
		const band = combine(
			reports.filter((report, k) => k === 0 || report.from <= t),
			policy
		);
		if (previous === undefined || !sameBand(band, previous)) steps.push({ t, band });
		previous = band;
	}
	return steps;
}
