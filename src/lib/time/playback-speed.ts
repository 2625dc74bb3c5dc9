import { DAY, HOUR, MINUTE } from './time-window';

/** Simulated milliseconds per real second, from the minutes of an attack to the months of a campaign. */
export const SPEED_STEPS: readonly number[] = [
	MINUTE,
	5 * MINUTE,
	15 * MINUTE,
	HOUR,
	6 * HOUR,
	DAY,
	7 * DAY,
	30 * DAY
];

/** Seconds a play-through of the window should take at the default speed. */
const TARGET_PLAY_SECONDS = 40;

/** The step that plays a window of this length in about 40 seconds. */
export function defaultSpeed(windowMs: number): number {
	const wanted = windowMs / TARGET_PLAY_SECONDS;
	let best = SPEED_STEPS[0]!;
	for (const step of SPEED_STEPS) if (Math.abs(Math.log(step / wanted)) < Math.abs(Math.log(best / wanted))) best = step;
	return best;
}
