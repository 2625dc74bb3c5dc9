// A phone's map has room for fewer labels (review 9): it names fewer towns (capitals and the
// story's places first, then the most populous), keeps its leaders short, and drops a town's name
// that finds no room beside its dot rather than drawing it out on a leader. It names its attacks by
// place alone, so that each keeps its name: the date is on the timeline under the map.
import { LABEL_PRIORITY } from './label-style';
import type { PlacementOptions } from './label-placement';

/** A map whose shorter side is under this, px, is a small map. */
export const SMALL_MAP_PX = 500;
/** A small map names one town per this many square pixels. */
const PX2_PER_TOWN = 15_000;
/** A small map's longest leader, as a part of its shorter side. */
const LEADER_SHARE = 0.2;

const isSmall = (width: number, height: number) => Math.min(width, height) < SMALL_MAP_PX;

/** How many towns a map this size names: every one on a large map. */
export function townLimit(width: number, height: number): number {
	return isSmall(width, height) ? Math.max(1, Math.floor((width * height) / PX2_PER_TOWN)) : Infinity;
}

/** Whether an attack's label carries its date: not on a small map, where the longer label found no room (Tongo Tongo's, at 390 px). */
export function datedIncidentLabels(width: number, height: number): boolean {
	return !isSmall(width, height);
}

/** The placement's leader limits for a map this size: none on a large map. */
export function leaderLimits(width: number, height: number): Pick<PlacementOptions, 'maxLeader' | 'leaderPriority'> {
	if (!isSmall(width, height)) return {};
	// Only what the story is about (attacks, movements, aircraft, bases) may stand off on a leader.
	return { maxLeader: LEADER_SHARE * Math.min(width, height), leaderPriority: LABEL_PRIORITY.base };
}
