import { describe, expect, it } from 'vitest';
import { timingGap } from './timing-gap';

describe('timingGap', () => {
	it.each([
		// Niamey airport → Chinagodrar 213.6 km: 15 min needs 854 km/h (facts.md), at a cruise of 850 it leaves no ground time.
		[213.6, 15, 850, 1700, 854.4, 'needs-above-cruise'],
		[213.6, 15, 900, 1700, 854.4, 'flight-only-fits'],
		[213.6, 60, 850, 1700, 213.6, 'fits-with-ground-time'],
		// The 20-minute account: 641 km/h is well under an 875 km/h cruise, leaving about 5 min on the ground.
		[213.6, 20, 875, 1700, 640.8, 'fits-with-ground-time'],
		[569, 15, 370, 444, 2276, 'beyond-max-speed']
	] as const)('%f km in %i min at cruise %i → %f km/h, %s', (km, minutes, cruise, max, required, verdict) => {
		const gap = timingGap(km, minutes, cruise, max);
		expect(gap.requiredKmh).toBeCloseTo(required, 0);
		expect(gap.verdict).toBe(verdict);
		expect(gap.groundMinutes).toBeCloseTo(minutes - (km / cruise) * 60, 6);
	});
});
