// The one rule for whose figures count. Every toll report says who gave it,
// relative to the people it counts (own side, opponent, independent). The
// headline totals count the own side's and independent reports; what the
// opponent says stands on its own line ("Attackers killed, as claimed by the
// forces that fought them"), for soldiers and attackers alike.
import type { ClaimBy, TollReport } from '../scenario/schema';
import { type Band } from './band';

/** `counted`: own-side and independent reports, the headline totals. `opponent`: the opposing side's claims. */
export type Tally = 'counted' | 'opponent';
export const TALLIES: readonly Tally[] = ['counted', 'opponent'];

const TALLY_OF: Record<ClaimBy, Tally> = { own: 'counted', independent: 'counted', opponent: 'opponent' };

export function tallyOf(report: Pick<TollReport, 'claimBy'>): Tally {
	return TALLY_OF[report.claimBy];
}

/**
 * Which figure a toll contributes when its reports differ, among the reports
 * of one tally that are out (in the order they came out):
 * - `range`: each claimant's latest figure replaces its own earlier ones, and
 *   the band runs across claimants, lowest to highest;
 * - `first`: the first report;
 * - `latest`: the last report.
 */
export type TotalsPolicy = 'range' | 'first' | 'latest';
export const TOTALS_POLICIES: readonly TotalsPolicy[] = ['range', 'first', 'latest'];

/** A report reduced to what the policies need: its band and who stands behind it. */
export interface ClaimedBand {
	band: Band;
	/** The body the claimant speaks for, or the source when no claimant is named. */
	claimant: string;
}

export function claimantKey(report: Pick<TollReport, 'authority' | 'sourceId'>): string {
	return report.authority ?? `source:${report.sourceId}`;
}

/** The band a policy makes of the reports that are out, in the order they came out (at least one). */
export function combine(reports: readonly ClaimedBand[], policy: TotalsPolicy): Band {
	if (reports.length === 0) throw new Error('combine needs at least one report');
	switch (policy) {
		case 'first':
			return { ...reports[0]!.band };
		case 'latest':
			return { ...reports[reports.length - 1]!.band };
		case 'range': {
			// A claimant's later figure replaces its own earlier one (Bazoum's 12 at
			// Ayorou, replaced that evening by his ministry's 13): keep each
			// claimant's last report, in the order they came out.
			const latest = new Map<string, number>();
			reports.forEach((report, k) => latest.set(report.claimant, k));
			const kept = [...latest.values()].sort((a, b) => a - b).map((k) => reports[k]!.band);
			const band = { ...kept[0]! };
			for (const next of kept.slice(1)) {
				band.low = Math.min(band.low, next.low);
				// The bound on the high end is as the last report at that figure says:
				// "at least 89" (security sources) then "89" (the government) is 89.
				if (next.high >= band.high) {
					band.high = next.high;
					band.atLeast = next.atLeast;
					band.moreThan = next.moreThan;
				}
			}
			return band;
		}
		default:
			throw new Error(`invalid policy: ${String(policy)}`);
	}
}
