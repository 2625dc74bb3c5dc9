// The grid the totals are kept in: one cell per side and measure.
import type { Measure, Side } from '../scenario/schema';
import * as vocabulary from '../scenario/vocabulary';
import type { Band } from './band';

export type Totals = Record<Side, Record<Measure, Band>>;

export const SIDES: readonly Side[] = vocabulary.SIDES;
export const MEASURES: readonly Measure[] = vocabulary.MEASURES;
export const CELLS = SIDES.length * MEASURES.length;
const SIDE_INDEX = new Map(SIDES.map((side, i) => [side, i]));
const MEASURE_INDEX = new Map(MEASURES.map((measure, i) => [measure, i]));

export function cellOf(side: Side, measure: Measure): number {
	const s = SIDE_INDEX.get(side);
	const m = MEASURE_INDEX.get(measure);
	if (s === undefined) throw new Error(`invalid side: ${side}`);
	if (m === undefined) throw new Error(`invalid measure: ${measure}`);
	return s * MEASURES.length + m;
}
