// Killed by side, stacked for a chart: each side's layer sits on the highs of
// the layers below, so layers never overlap.
import type { Measure, Side } from '../scenario/schema';
import type { Totals } from './running-totals';

/**
 * One side's layer: it sits on `base`, is solid up to base + its low (`low`)
 * and banded up to base + its high (`high`). The top layer's `high` is the
 * total high. A side nobody reported is an empty layer.
 */
export interface StackedBand {
	side: Side;
	base: number;
	low: number;
	high: number;
}

export function stackBands(totals: Totals, measure: Measure, sides: readonly Side[]): StackedBand[] {
	let base = 0;
	return sides.map((side) => {
		const band = totals[side][measure];
		const layer = { side, base, low: base + band.low, high: base + band.high };
		base = layer.high;
		return layer;
	});
}
