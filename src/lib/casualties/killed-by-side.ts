// Killed so far, side by side: what the presenter's strip shows for one set of totals. Each side's
// count (its own side's and independent reports) and, apart, what its opponents claimed, only
// once they have claimed something: a claim is never added in.
import type { Side } from '../scenario/schema';
import type { Band } from './band';
import type { TotalsPolicy } from './claim-rule';
import { SIDES, type RunningTotals } from './running-totals';

export interface KilledCell {
	side: Side;
	/** Own-side and independent reports; unreported reads "none reported", never 0. */
	counted: Band;
	/** The opposing side's claim at that time, or null where it has claimed nothing (yet). */
	claimed: Band | null;
}

export function killedBySide(totals: RunningTotals, t: number, policy: TotalsPolicy): KilledCell[] {
	const counted = totals.at(t, policy, 'counted');
	const opponent = totals.at(t, policy, 'opponent');
	return SIDES.map((side) => {
		const claimed = opponent[side].killed;
		return { side, counted: counted[side].killed, claimed: claimed.reported ? claimed : null };
	});
}
