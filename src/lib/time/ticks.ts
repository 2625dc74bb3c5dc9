import { scaleUtc } from 'd3';
import type { Zone } from './local-time';
import type { TimeWindow } from './time-window';

export interface Tick {
	t: number;
	/** Distance to the next tick, for choosing the label's unit. */
	stepMs: number;
}

/**
 * Ticks on local wall-clock boundaries (midnight, the hour in UTC+1, not in UTC): ticks are
 * computed on times shifted by the zone's offset, then shifted back.
 */
export function localTicks(window: TimeWindow, zone: Zone, count: number): Tick[] {
	const shift = zone.offsetMinutes * 60_000;
	const scale = scaleUtc().domain([window.from + shift, window.to + shift]);
	const ticks = scale.ticks(Math.max(2, count)).map((d) => d.getTime() - shift);
	const stepMs = ticks.length > 1 ? ticks[1]! - ticks[0]! : window.to - window.from;
	return ticks.map((t) => ({ t, stepMs }));
}
