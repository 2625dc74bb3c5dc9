// What makes a label read as its own symbol's and no other's: it sits nearer its own symbol than any
// other named symbol, and a label out on a leader keeps well clear of every other symbol, so that
// neither the label nor its leader's end seems to belong to a neighbour (Tongo Tongo's label once
// sat beside Inates' dot, its leader ending there). Screen pixels.
import { boxDistance, type Box, type Circle } from './label-geometry';

/** By how much a label beside its symbol stays nearer it than any other symbol, px. */
export const NEARER_BY = 2;
/** How far a label on a leader keeps from every symbol but its own, px. */
export const LEADER_CLEAR = 12;
/** How far a leader's end keeps from every label but its own, px: an end between two labels points at both (Niamey's once ended beside Kollo's). */
export const LEADER_END_CLEAR = 6;

/** The symbols of the labels asked for, by id: what a label must not seem to name. */
export interface NamedSymbol extends Circle {
	id: string;
	priority: number;
	/** Drawn only with its label (a town's dot): a more important label may take the room beside it, and then both go. */
	yields: boolean;
}

/**
 * The symbols a label could be mistaken for: all but its own and those that touch it (a mover on
 * its attack's disc is named from the same spot: no label's place could tell them apart).
 */
export function neighbours(own: NamedSymbol, symbols: readonly NamedSymbol[]): NamedSymbol[] {
	return symbols.filter((s) => s.id !== own.id && Math.hypot(s.x - own.x, s.y - own.y) > s.r + own.r + 2 * NEARER_BY);
}

/** Of a label's neighbours, those it must keep off, and those less important that go if it comes near (`yielding`). */
export function splitNeighbours(own: NamedSymbol, others: readonly NamedSymbol[]): { blocking: NamedSymbol[]; yielding: NamedSymbol[] } {
	const blocking: NamedSymbol[] = [];
	const yielding: NamedSymbol[] = [];
	for (const s of others) (s.yields && s.priority < own.priority ? yielding : blocking).push(s);
	return { blocking, yielding };
}

/** Whether a label at `box` reads as its own symbol's: `leadered` when joined to it by a leader, else `gap` px from it. */
export function readsAsOwn(box: Box, leadered: boolean, gap: number, others: readonly NamedSymbol[]): boolean {
	const keep = leadered ? LEADER_CLEAR : gap + NEARER_BY;
	for (const s of others) {
		// A cheap test first: most symbols are far from the box.
		if (s.x < box.x - keep - s.r || s.x > box.x + box.width + keep + s.r || s.y < box.y - keep - s.r || s.y > box.y + box.height + keep + s.r) continue;
		if (boxDistance(box, s.x, s.y) - s.r < keep) return false;
	}
	return true;
}

/** The line the eye follows from a symbol to its label: from the symbol's centre to the label's. */
export const sightLine = ([x, y]: readonly [number, number], box: Box): [number, number, number, number] => [x, y, box.x + box.width / 2, box.y + box.height / 2];

/** How far round a candidate's box the reading rules look: a symbol further out cannot change its choice. */
export const readingReach = (gap: number) => ({ beside: gap + NEARER_BY, leadered: LEADER_CLEAR });

/** Whether a box lies so near a leader's end ([x1, y1, x2, y2], its label's end) that the leader seems to point at it. */
export const nearLeaderEnd = (box: Box, [, , x, y]: readonly number[]): boolean => boxDistance(box, x!, y!) < LEADER_END_CLEAR;
