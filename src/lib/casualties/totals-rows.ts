// Which lines a totals display shows, in order: killed for every side (a side
// nobody reported reads "none reported", never 0), other measures only where
// someone reported them, then each figure claimed by the opposing side on a
// line of its own.
import type { Measure, Side } from '../scenario/schema';
import type { Band } from './band';
import type { Tally, TotalsPolicy } from './claim-rule';
import { MEASURES, SIDES, type RunningTotals } from './running-totals';

export interface TotalsRow {
	key: string;
	tally: Tally;
	side: Side;
	measure: Measure;
	band: Band;
}

/** The lines worth showing for these totals, whatever the time: the set does not flicker while the clock moves. */
export function totalsLines(totals: RunningTotals, measures: readonly Measure[] = MEASURES): { tally: Tally; side: Side; measure: Measure }[] {
	const counted = measures.flatMap((measure) =>
		SIDES.filter((side) => measure === 'killed' || totals.everReported('counted', side, measure)).map((side) => ({
			tally: 'counted' as const,
			side,
			measure
		}))
	);
	const opponent = measures.flatMap((measure) =>
		SIDES.filter((side) => totals.everReported('opponent', side, measure)).map((side) => ({ tally: 'opponent' as const, side, measure }))
	);
	return [...counted, ...opponent];
}

/** The lines' values at `t`. */
export function totalsRows(totals: RunningTotals, t: number, policy: TotalsPolicy, measures?: readonly Measure[]): TotalsRow[] {
	const now = { counted: totals.at(t, policy, 'counted'), opponent: totals.at(t, policy, 'opponent') };
	return totalsLines(totals, measures).map(({ tally, side, measure }) => ({
		key: `${tally}-${side}-${measure}`,
		tally,
		side,
		measure,
		band: now[tally][side][measure]
	}));
}

/**
 * The rows a one-line summary leads with: each side's own or independent count that has a figure;
 * when none has one yet, the first side's ("none reported"). The other rows, the opposing side's
 * claims among them, stay one step away, never dropped from the display.
 */
export function headlineRows(rows: readonly TotalsRow[]): TotalsRow[] {
	const counted = rows.filter((row) => row.tally === 'counted');
	const known = counted.filter((row) => row.band.reported);
	return known.length > 0 ? known : counted.slice(0, 1);
}
