// The arrival accounts of the seed's two French sorties read against the flight. Minutes after the
// alert are written out by hand from the seed's accounts; distances come from the test's own
// haversine, and the speeds they need are worked out here, not by the app's response-time code.
import { describe, expect, it } from 'vitest';
import type { ReportedTime, Sortie } from '../scenario/schema';
import { sortieFacts } from './sortie-model';
import { overTargetGaps } from './over-target-gaps';
import { haversineKm } from '../../../tests/unit/reference-geodesy';
import { seed, seedPlace } from '../../../tests/unit/seed';

const at = (id: string): [number, number] => [seedPlace(id).lon, seedPlace(id).lat];
const sortie = (id: string): Sortie => seed.sorties.find((s) => s.id === id)!;
const account = (time: Pick<ReportedTime, 't' | 'minutesAfter'>): ReportedTime => ({ ...time, approximate: false, sourceId: 'test' });
// Mirage 2000D in the seed: cruise 875 km/h, top speed 1,700 km/h.
const CRUISE = 875;
const MAX = 1700;
const kmhFor = (km: number, minutes: number) => km / (minutes / 60);

describe('overTargetGaps', () => {
	const km = haversineKm(at('niamey-airport'), at('chinagodrar'));

	it('reads Chinagodrar’s "15 and 20 minutes after the alert" against the 214 km from Niamey', () => {
		const gaps = overTargetGaps(sortieFacts(seed, sortie('chinagodrar-french-mirages')), km, CRUISE, MAX);
		expect(gaps.map((g) => g.gap.reportedMinutes)).toEqual([15, 20]);
		const [fifteen, twenty] = gaps.map((g) => g.gap);
		// 214 km in 15 min is about 855 km/h: within 10 % of cruise, so the flight alone fills the time.
		expect(fifteen!.requiredKmh).toBeCloseTo(kmhFor(km, 15), 6);
		expect(fifteen!.verdict).toBe('flight-only-fits');
		// In 20 min about 640 km/h: the flight at cruise takes ~14.7 min and leaves ~5.3 on the ground.
		expect(twenty!.requiredKmh).toBeCloseTo(kmhFor(km, 20), 6);
		expect(twenty!.groundMinutes).toBeCloseTo(20 - (km / CRUISE) * 60, 6);
		expect(twenty!.verdict).toBe('fits-with-ground-time');
	});

	it('counts an account told from the take-off or by the clock from the alert: Tongo Tongo, 60 and 40 minutes', () => {
		const tongo = haversineKm(at('niamey-airport'), at('tongo-tongo'));
		// Alert about 12:40 local; over the target half an hour after the 13:10 take-off, and at 13:20 by the other source.
		const gaps = overTargetGaps(sortieFacts(seed, sortie('tongo-tongo-french-jets')), tongo, CRUISE, MAX);
		expect(gaps.map((g) => g.gap.reportedMinutes)).toEqual([60, 40]);
		expect(gaps[1]!.gap.requiredKmh).toBeCloseTo(kmhFor(tongo, 40), 6);
	});

	it('leaves out an account with no time to count from, and one at or before the alert', () => {
		const base = sortie('chinagodrar-french-mirages');
		const odd: Sortie = {
			...base,
			reported: {
				alert: base.reported.alert,
				overTarget: [
					account({ minutesAfter: { event: 'takeoff', minutes: 10 } }), // no take-off is reported
					account({ t: '2020-01-09T13:00:00+01:00' }), // the alert itself
					account({ minutesAfter: { event: 'alert', minutes: 30 } })
				]
			}
		};
		const gaps = overTargetGaps(sortieFacts(seed, odd), km, CRUISE, MAX);
		expect(gaps.map((g) => g.gap.reportedMinutes)).toEqual([30]);
		expect(gaps[0]!.resolved.account.minutesAfter?.minutes).toBe(30);
	});

	it('says when the reported time would need more than the aircraft’s top speed', () => {
		const [gap] = overTargetGaps(sortieFacts(seed, sortie('chinagodrar-french-mirages')), 569, CRUISE, MAX).map((g) => g.gap);
		// 569 km (Agadez) in 15 minutes is 2,276 km/h, beyond the Mirage's 1,700.
		expect(kmhFor(569, 15)).toBeGreaterThan(MAX);
		expect(gap!.verdict).toBe('beyond-max-speed');
	});
});
