import { requiredSpeedKmh } from './response-time';

/** Within 10% of cruise speed counts as "about the cruise speed": no time is left on the ground. */
const NEAR_CRUISE = 0.9;

export type GapVerdict = 'flight-only-fits' | 'needs-above-cruise' | 'beyond-max-speed' | 'fits-with-ground-time';

export interface TimingGap {
	reportedMinutes: number;
	requiredKmh: number;
	/** Minutes left for getting airborne once the flight at cruise speed is counted. */
	groundMinutes: number;
	verdict: GapVerdict;
}

/**
 * Reads a reported "over the target N minutes after the alert" against the distance: how fast the
 * aircraft would have had to fly, and what that leaves for time on the ground.
 */
export function timingGap(distanceKm: number, reportedMinutes: number, cruiseKmh: number, maxKmh: number): TimingGap {
	const requiredKmh = requiredSpeedKmh(distanceKm, reportedMinutes);
	const groundMinutes = reportedMinutes - (distanceKm / cruiseKmh) * 60;
	let verdict: GapVerdict;
	if (requiredKmh > maxKmh) verdict = 'beyond-max-speed';
	else if (requiredKmh > cruiseKmh) verdict = 'needs-above-cruise';
	else if (requiredKmh >= NEAR_CRUISE * cruiseKmh) verdict = 'flight-only-fits';
	else verdict = 'fits-with-ground-time';
	return { reportedMinutes, requiredKmh, groundMinutes, verdict };
}
