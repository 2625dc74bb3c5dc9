// "Reported vs computed" on the seed's two French sorties. Distances come from the test's own
// haversine (tests/unit/reference-geodesy.ts), times are written out by hand from the seed's
// accounts, so the model is never checked against itself.
import { describe, expect, it } from 'vitest';
import type { ReportedTime, Sortie } from '../scenario/schema';
import { computeSortie, firstTime, reportedAssumptions, sortieFacts, type SortieAssumptions } from './sortie-model';
import { haversineKm } from '../../../tests/unit/reference-geodesy';
import { seed, seedPlace } from '../../../tests/unit/seed';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (id: string): [number, number] => [seedPlace(id).lon, seedPlace(id).lat];
const sortie = (id: string): Sortie => seed.sorties.find((s) => s.id === id)!;
const times = (accounts: { t: number | null }[]) => accounts.map((a) => a.t);
const account = (time: Pick<ReportedTime, 't' | 'minutesAfter'>): ReportedTime => ({ ...time, approximate: false, sourceId: 'test' });

const NIAMEY_TO_CHINAGODRAR_KM = haversineKm(at('niamey-airport'), at('chinagodrar'));
const AGADEZ_TO_CHINAGODRAR_KM = haversineKm(at('air-base-201'), at('chinagodrar'));
// 13:00 Niamey time (UTC+1) on 9 January 2020.
const CHINAGODRAR_ALERT = Date.UTC(2020, 0, 9, 12, 0);
// Tongo Tongo: first contact 11:40 Niamey time, 4 October 2017.
const TONGO_START = Date.UTC(2017, 9, 4, 10, 40);

describe('sortieFacts', () => {
	it('joins the Chinagodrar sortie with its base, aircraft and target', () => {
		const facts = sortieFacts(seed, sortie('chinagodrar-french-mirages'));
		expect(facts.basePlace.id).toBe('niamey-airport');
		expect(facts.aircraft.id).toBe('mirage-2000d');
		expect(facts.target).toEqual(at('chinagodrar'));
		expect(facts.attackStart).toBe(Date.UTC(2020, 0, 9, 11, 0));
	});

	it('turns "15 and 20 minutes after the alert" into times', () => {
		const facts = sortieFacts(seed, sortie('chinagodrar-french-mirages'));
		expect(times(facts.alert)).toEqual([CHINAGODRAR_ALERT]);
		expect(times(facts.takeoff)).toEqual([]);
		expect(times(facts.overTarget)).toEqual([CHINAGODRAR_ALERT + 15 * MINUTE, CHINAGODRAR_ALERT + 20 * MINUTE]);
	});

	it('chains relative accounts: alert from the attack, take-off from the alert, over target from the first take-off', () => {
		const facts = sortieFacts(seed, sortie('tongo-tongo-french-jets'));
		const alert = TONGO_START + HOUR; // "about an hour after first contact"
		expect(times(facts.alert)).toEqual([alert]);
		// "half an hour" after the alert, and 13:08 local by the other source.
		expect(times(facts.takeoff)).toEqual([alert + 30 * MINUTE, Date.UTC(2017, 9, 4, 12, 8)]);
		// "another half-hour" counts from the first account of take-off; 13:20 local by the other.
		expect(times(facts.overTarget)).toEqual([alert + 60 * MINUTE, Date.UTC(2017, 9, 4, 12, 20)]);
	});

	it('leaves a time unknown when the stage it counts from is unknown, and firstTime skips it', () => {
		const base = sortie('chinagodrar-french-mirages');
		const noTakeoff: Sortie = {
			...base,
			reported: {
				alert: base.reported.alert,
				overTarget: [
					account({ minutesAfter: { event: 'takeoff', minutes: 10 } }),
					account({ minutesAfter: { event: 'alert', minutes: 25 } })
				]
			}
		};
		const facts = sortieFacts(seed, noTakeoff);
		expect(times(facts.overTarget)).toEqual([null, CHINAGODRAR_ALERT + 25 * MINUTE]);
		expect(firstTime(facts.overTarget)).toBe(CHINAGODRAR_ALERT + 25 * MINUTE);
		expect(firstTime(facts.takeoff)).toBeNull();
	});
});

describe('reportedAssumptions', () => {
	it('takes the reported ground delay where alert and take-off are both known', () => {
		const facts = sortieFacts(seed, sortie('tongo-tongo-french-jets'));
		expect(reportedAssumptions(facts)).toEqual({
			baseId: 'niamey-air-base-101',
			aircraftTypeId: 'mirage-2000d',
			scrambleMinutes: 30,
			cruiseKmh: 875
		});
	});

	it('assumes no ground delay when no take-off time is reported', () => {
		expect(reportedAssumptions(sortieFacts(seed, sortie('chinagodrar-french-mirages'))).scrambleMinutes).toBe(0);
	});

	it('never gives a negative ground delay when take-off is reported before the alert', () => {
		const base = sortie('chinagodrar-french-mirages');
		const early: Sortie = { ...base, reported: { ...base.reported, takeoff: [account({ t: '2020-01-09T12:50:00+01:00' })] } };
		expect(reportedAssumptions(sortieFacts(seed, early)).scrambleMinutes).toBe(0);
	});
});

describe('computeSortie: arrival = alert + ground delay + distance / cruise speed', () => {
	const facts = sortieFacts(seed, sortie('chinagodrar-french-mirages'));
	const reported = reportedAssumptions(facts);
	const compute = (change: Partial<SortieAssumptions>) => computeSortie(seed, facts, { ...reported, ...change });

	it('flies the 213.6 km from Niamey airport to Chinagodrar at the Mirage cruise speed', () => {
		expect(NIAMEY_TO_CHINAGODRAR_KM).toBeCloseTo(213.6, 0);
		const { from, distanceKm, response } = compute({});
		expect(from).toEqual(at('niamey-airport'));
		expect(distanceKm).toBeCloseTo(NIAMEY_TO_CHINAGODRAR_KM, 6);
		expect(response.alert).toBe(CHINAGODRAR_ALERT);
		expect(response.takeoff).toBe(CHINAGODRAR_ALERT);
		expect(response.arrival).toBeCloseTo(CHINAGODRAR_ALERT + (NIAMEY_TO_CHINAGODRAR_KM / 875) * HOUR, -3);
	});

	it('over the target 15 minutes after the alert takes about 854 km/h', () => {
		const needed = NIAMEY_TO_CHINAGODRAR_KM / 0.25;
		expect(needed).toBeCloseTo(854, -1);
		const reportedArrival = facts.overTarget[0]!.t!;
		expect(compute({ cruiseKmh: needed }).response.arrival).toBeCloseTo(reportedArrival, -3);
		// Slower than that, the computed case arrives after the reported one.
		expect(compute({ cruiseKmh: 600 }).response.arrival).toBeGreaterThan(reportedArrival + 5 * MINUTE);
	});

	it('adds the ground delay before the flight', () => {
		const without = compute({ scrambleMinutes: 0 }).response;
		const withDelay = compute({ scrambleMinutes: 30 }).response;
		expect(withDelay.takeoff - CHINAGODRAR_ALERT).toBe(30 * MINUTE);
		expect(withDelay.arrival - without.arrival).toBeCloseTo(30 * MINUTE, 0);
		expect(withDelay.totalMinutes).toBeCloseTo(30 + (NIAMEY_TO_CHINAGODRAR_KM / 875) * 60, 6);
	});

	it('flies from another base when the reader picks it', () => {
		expect(AGADEZ_TO_CHINAGODRAR_KM).toBeCloseTo(569, -1);
		const { from, distanceKm, response } = compute({ baseId: 'air-base-201-agadez', cruiseKmh: 370 });
		expect(from).toEqual(at('air-base-201'));
		expect(distanceKm).toBeCloseTo(AGADEZ_TO_CHINAGODRAR_KM, 6);
		expect(response.flightMinutes).toBeCloseTo((AGADEZ_TO_CHINAGODRAR_KM / 370) * 60, 6);
	});

	it('keeps the sortie’s own base when the chosen one is not in the scenario', () => {
		expect(compute({ baseId: 'atlantis' }).from).toEqual(at('niamey-airport'));
	});

	it('counts from the attack’s start when no alert time is known', () => {
		const base = sortie('chinagodrar-french-mirages');
		const noAlert = sortieFacts(seed, { ...base, reported: { overTarget: base.reported.overTarget } });
		const { response } = computeSortie(seed, noAlert, reported);
		expect(response.alert).toBe(Date.UTC(2020, 0, 9, 11, 0));
	});

	it('refuses a cruise speed of zero rather than arriving never', () => {
		expect(() => compute({ cruiseKmh: 0 })).toThrow('invalid cruiseKmh: 0');
	});
});
