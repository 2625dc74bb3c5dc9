// Hand-made incidents and toll reports for the casualty tests: each helper
// builds one field so a test reads as the reports it is about.
import { NONE_REPORTED, type Band } from '../../src/lib/casualties/band';
import type { Incident, Measure, Side, Toll, TollReport } from '../../src/lib/scenario/schema';

let serial = 0;
export function incident(start: string, tolls: Toll[]): Incident {
	serial += 1;
	return {
		id: `place-${serial}-${start.slice(0, 10)}`,
		title: { en: 'Attack', fr: 'Attaque' },
		kind: 'ambush',
		start,
		end: start,
		timePrecision: 'hour',
		placeId: `place-${serial}`,
		summary: { en: 'Synthetic.', fr: 'Synthétique.' },
		actorIds: ['someone'],
		sourceIds: ['src'],
		tolls
	};
}
/** An independent report of the source "src" (the source speaks for itself). */
export const value = (n: number, atLeast?: boolean): TollReport => ({ value: n, sourceId: 'src', claimBy: 'independent', ...(atLeast ? { atLeast } : {}) });
export const range = (low: number, high: number, atLeast?: boolean): TollReport => ({
	low,
	high,
	sourceId: 'src',
	claimBy: 'independent',
	...(atLeast ? { atLeast } : {})
});
export const moreThan = (n: number): TollReport => ({ value: n, sourceId: 'src', claimBy: 'independent', moreThan: true });
export const toll = (side: Side, measure: Measure, ...reports: TollReport[]): Toll => ({ side, measure, reports });
/** The report as given on `reported` (a date, or a date-time with offset). */
export const on = (reported: string, report: TollReport): TollReport => ({ ...report, reported });
/** The report as given by a body about its own side's people. */
export const own = (authority: string, report: TollReport): TollReport => ({ ...report, claimBy: 'own', authority, claimant: { en: authority, fr: authority } });
/** The report as given by the side that fought the people it counts. */
export const opponent = (authority: string, report: TollReport): TollReport => ({ ...own(authority, report), claimBy: 'opponent' });

export const band = (low: number, high = low, atLeast = false, moreThanFlag = false): Band => ({ low, high, atLeast: atLeast || moreThanFlag, moreThan: moreThanFlag, reported: true });
export const none = (): Band => ({ ...NONE_REPORTED });
export const h = (iso: string) => Date.parse(iso);
