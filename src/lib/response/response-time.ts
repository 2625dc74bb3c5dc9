import { requireFinite, requireNonNegative, requirePositive } from '../kinematics/checks';
import { MINUTE } from '../time/time-window';


export interface ResponseTimeOptions {
	/** When the base was alerted (epoch ms). */
	alert: number;
	/** Time on the ground between alert and take-off. */
	scrambleMinutes: number;
	/** Great-circle distance from base to target. */
	distanceKm: number;
	/** Average ground speed on the way. */
	cruiseKmh: number;
}

/** The model's timeline of a sortie; the parts stay apart so the panel can show each beside the reported times. */
export interface ResponseTime {
	alert: number;
	takeoff: number;
	/** Over the target (epoch ms). */
	arrival: number;
	scrambleMinutes: number;
	flightMinutes: number;
	totalMinutes: number;
}

/** arrival = alert + scramble delay + distance / cruise speed (straight flight, no climb, wind or loiter). */
export function responseTime({ alert, scrambleMinutes, distanceKm, cruiseKmh }: ResponseTimeOptions): ResponseTime {
	requireFinite('alert', alert);
	requireNonNegative('scrambleMinutes', scrambleMinutes);
	requireNonNegative('distanceKm', distanceKm);
	requirePositive('cruiseKmh', cruiseKmh);
	const flightMinutes = (distanceKm / cruiseKmh) * 60;
	const takeoff = alert + scrambleMinutes * MINUTE;
	return {
		alert,
		takeoff,
		arrival: takeoff + flightMinutes * MINUTE,
		scrambleMinutes,
		flightMinutes,
		totalMinutes: scrambleMinutes + flightMinutes
	};
}

/** Average speed needed to cover distanceKm in the given minutes, e.g. to test a reported "over the target in 15 minutes". */
export function requiredSpeedKmh(distanceKm: number, minutes: number): number {
	requireNonNegative('distanceKm', distanceKm);
	requirePositive('minutes', minutes);
	return distanceKm / (minutes / 60);
}
