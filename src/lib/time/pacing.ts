// Event-paced playback (issue 10, review 19): played at one speed, the whole period spends half
// its 40 seconds crossing an empty 2018 while each attack flashes past in a hundredth of a second.
// Paced, the clock slows to give each stretch of activity (an attack, a movement) a few seconds,
// and runs through quiet stretches in a couple. Never slower or faster than needed: activity
// already slow enough at the chosen speed keeps it, and so does a quiet stretch short enough.
import type { TimeWindow } from './time-window';
import { MINUTE } from './time-window';

/** Real seconds a stretch of activity should take at least. */
export const ACTIVITY_SECONDS = 4;
/** Real seconds a quiet stretch should take at most. */
export const QUIET_SECONDS = 2;
/** Activity is played from a little before to a little after, so it is seen coming and ending. */
const LEAD_SHARE = 0.25;
const MIN_LEAD_MS = 15 * MINUTE;

/** From `from` to `to`, simulated time runs at `speed` ms per real second. */
export interface PaceSegment {
	from: number;
	to: number;
	speed: number;
}

/**
 * The window cut into segments of constant speed, in order, covering it exactly. `activity` are
 * the spans where something happens (in any order, overlapping or not); `speed` the chosen
 * speed. With no activity in the window, the whole window plays at the chosen speed.
 */
export function pacePlan(window: TimeWindow, activity: readonly TimeWindow[], speed: number): PaceSegment[] {
	if (!(speed > 0) || !(window.to > window.from)) throw new Error(`invalid pace: speed ${speed}, window ${window.from}–${window.to}`);
	const busy = mergedZones(activity, window);
	if (busy.length === 0) return [{ from: window.from, to: window.to, speed }];
	const plan: PaceSegment[] = [];
	const quiet = (from: number, to: number) => {
		if (to > from) plan.push({ from, to, speed: Math.max(speed, (to - from) / QUIET_SECONDS) });
	};
	let at = window.from;
	for (const zone of busy) {
		quiet(at, zone.from);
		plan.push({ ...zone, speed: Math.min(speed, (zone.to - zone.from) / ACTIVITY_SECONDS) });
		at = zone.to;
	}
	quiet(at, window.to);
	return plan;
}

/** Each activity widened by its lead, clipped to the window, overlaps merged; sorted. */
function mergedZones(activity: readonly TimeWindow[], window: TimeWindow): TimeWindow[] {
	const zones = activity
		.map((span) => {
			const lead = Math.max(MIN_LEAD_MS, LEAD_SHARE * (span.to - span.from));
			return { from: Math.max(window.from, span.from - lead), to: Math.min(window.to, span.to + lead) };
		})
		.filter((zone) => zone.to > zone.from)
		.sort((a, b) => a.from - b.from);
	const merged: TimeWindow[] = [];
	for (const zone of zones) {
		const last = merged.at(-1);
		if (last && zone.from <= last.to) last.to = Math.max(last.to, zone.to);
		else merged.push({ ...zone });
	}
	return merged;
}

/**
 * Where the clock is after `seconds` of real time from `t` under the plan: exact across segment
 * changes whatever the frame rate, so a fast quiet stretch never jumps over the start of an attack.
 * Stops at the plan's end.
 */
export function pacedStep(plan: readonly PaceSegment[], t: number, seconds: number): number {
	let time = t;
	let left = seconds;
	let i = plan.findIndex((segment) => time < segment.to);
	if (i < 0) return plan.at(-1)?.to ?? t;
	while (left > 0 && i < plan.length) {
		const segment = plan[i]!;
		const needed = (segment.to - time) / segment.speed;
		if (left < needed) return time + left * segment.speed;
		left -= needed;
		time = segment.to;
		i++;
	}
	return time;
}
