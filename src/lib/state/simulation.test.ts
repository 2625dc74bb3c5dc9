// The what-if state the simulation panel, the rings and the surface read. Distances come from
// the test's own haversine; the seed's figures (Mirage 2000D 875 km/h, MQ-9 370 km/h, the
// reported 30-minute scramble at Tongo Tongo) are read off the file by hand.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario/schema';
import { Session } from './session.svelte';
import { Simulation } from './simulation.svelte';
import { haversineKm } from '../../../tests/unit/reference-geodesy';
import { seed, seedPlace } from '../../../tests/unit/seed';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (id: string): [number, number] => [seedPlace(id).lon, seedPlace(id).lat];
const CHINAGODRAR = 'chinagodrar-2020-01-09';
const TONGO_TONGO = 'tongo-tongo-2017-10-04';
// The Nigerien alert reached the French at 13:00 Niamey time.
const CHINAGODRAR_ALERT = Date.UTC(2020, 0, 9, 12, 0);

function simulate(scenario: Scenario = seed) {
	const session = new Session(scenario);
	return { session, simulation: new Simulation(session) };
}

describe('Simulation with a sortie in focus', () => {
	it('shows the reported case: the sortie’s base, aircraft and cruise speed, flown from Niamey', () => {
		const { session, simulation } = simulate();
		session.focus(CHINAGODRAR);
		expect(simulation.focusedSortie?.sortie.id).toBe('chinagodrar-french-mirages');
		expect(simulation.assumptions).toEqual({
			baseId: 'niamey-air-base-101',
			aircraftTypeId: 'mirage-2000d',
			scrambleMinutes: 0,
			cruiseKmh: 875
		});
		expect(simulation.isReportedCase).toBe(true);
		expect(simulation.basePosition).toEqual(at('niamey-airport'));
		const km = haversineKm(at('niamey-airport'), at('chinagodrar'));
		expect(simulation.computed?.distanceKm).toBeCloseTo(km, 6);
		expect(simulation.computed?.response.arrival).toBeCloseTo(CHINAGODRAR_ALERT + (km / 875) * HOUR, -3);
	});

	it('recomputes the arrival from the reader’s speed, base and ground delay', () => {
		const { session, simulation } = simulate();
		session.focus(CHINAGODRAR);
		simulation.assume({ cruiseKmh: 600 });
		expect(simulation.isReportedCase).toBe(false);
		expect(simulation.assumptions).toMatchObject({ baseId: 'niamey-air-base-101', aircraftTypeId: 'mirage-2000d', cruiseKmh: 600 });
		const fromNiamey = haversineKm(at('niamey-airport'), at('chinagodrar'));
		expect(simulation.computed?.response.arrival).toBeCloseTo(CHINAGODRAR_ALERT + (fromNiamey / 600) * HOUR, -3);

		simulation.assume({ baseId: 'air-base-201-agadez', scrambleMinutes: 20 });
		expect(simulation.assumptions?.cruiseKmh).toBe(600); // earlier changes are kept
		expect(simulation.basePosition).toEqual(at('air-base-201'));
		const fromAgadez = haversineKm(at('air-base-201'), at('chinagodrar'));
		expect(simulation.computed?.distanceKm).toBeCloseTo(fromAgadez, 6);
		expect(simulation.computed?.response.arrival).toBeCloseTo(CHINAGODRAR_ALERT + 20 * MINUTE + (fromAgadez / 600) * HOUR, -3);
	});

	it('goes back to the reported case on reset', () => {
		const { session, simulation } = simulate();
		session.focus(CHINAGODRAR);
		const reported = simulation.assumptions;
		simulation.assume({ cruiseKmh: 500, scrambleMinutes: 45 });
		simulation.resetToReported();
		expect(simulation.isReportedCase).toBe(true);
		expect(simulation.assumptions).toEqual(reported);
	});

	it('keeps the reader’s change to its own sortie: another sortie shows its reported case', () => {
		const { session, simulation } = simulate();
		session.focus(CHINAGODRAR);
		simulation.assume({ cruiseKmh: 500 });
		session.focus(TONGO_TONGO);
		expect(simulation.focusedSortie?.sortie.id).toBe('tongo-tongo-french-jets');
		expect(simulation.isReportedCase).toBe(true);
		// Alert an hour after first contact, take-off half an hour later: a 30-minute scramble.
		expect(simulation.assumptions).toMatchObject({ scrambleMinutes: 30, cruiseKmh: 875 });
		// Back at Chinagodrar, the change is still there.
		session.focus(CHINAGODRAR);
		expect(simulation.assumptions?.cruiseKmh).toBe(500);
		expect(simulation.isReportedCase).toBe(false);
	});

	it('holds one change at a time: a change to another sortie drops the first', () => {
		const { session, simulation } = simulate();
		session.focus(CHINAGODRAR);
		simulation.assume({ cruiseKmh: 500 });
		session.focus(TONGO_TONGO);
		simulation.assume({ scrambleMinutes: 5 });
		session.focus(CHINAGODRAR);
		expect(simulation.isReportedCase).toBe(true);
		expect(simulation.assumptions?.cruiseKmh).toBe(875);
	});
});

describe('Simulation with no sortie in focus (the regional view)', () => {
	it('answers "how far in N minutes" from the first base with its first aircraft, flight time only', () => {
		const { simulation } = simulate();
		expect(simulation.focusedSortie).toBeNull();
		expect(simulation.assumptions).toEqual({
			baseId: 'niamey-air-base-101',
			aircraftTypeId: 'mirage-2000d',
			scrambleMinutes: 0,
			cruiseKmh: 875
		});
		expect(simulation.basePosition).toEqual(at('niamey-airport'));
		expect(simulation.computed).toBeNull();
		expect(simulation.isReportedCase).toBe(true);
	});

	it('uses whichever base the scenario lists first, with an aircraft stationed there', () => {
		const { simulation } = simulate({ ...seed, bases: [...seed.bases].reverse() });
		expect(simulation.assumptions).toMatchObject({ baseId: 'air-base-201-agadez', aircraftTypeId: 'mq-9-reaper', cruiseKmh: 370 });
		expect(simulation.basePosition).toEqual(at('air-base-201'));
	});

	it('falls back to the first aircraft type when the base lists none', () => {
		const bare = { ...seed.bases[1]!, aircraft: [] };
		const { simulation } = simulate({ ...seed, bases: [bare], sorties: [], aircraftTypes: [...seed.aircraftTypes].reverse() });
		expect(simulation.assumptions).toMatchObject({ baseId: 'air-base-201-agadez', aircraftTypeId: seed.aircraftTypes.at(-1)!.id });
	});

	it('also applies to an attack no aircraft answered, and after leaving a sortie', () => {
		const { session, simulation } = simulate();
		session.focus('ayorou-2017-10-21');
		expect(simulation.focusedSortie).toBeNull();
		expect(simulation.assumptions?.baseId).toBe('niamey-air-base-101');
		session.focus(CHINAGODRAR);
		simulation.assume({ baseId: 'air-base-201-agadez' });
		session.unfocus();
		expect(simulation.assumptions?.baseId).toBe('niamey-air-base-101');
		expect(simulation.computed).toBeNull();
	});

	it('ignores a change while no sortie is in focus', () => {
		const { simulation } = simulate();
		simulation.assume({ cruiseKmh: 100 });
		expect(simulation.assumptions?.cruiseKmh).toBe(875);
		expect(simulation.isReportedCase).toBe(true);
	});

	it('has nothing to show in a scenario without bases', () => {
		const { simulation } = simulate({ ...seed, bases: [], sorties: [] });
		expect(simulation.assumptions).toBeNull();
		expect(simulation.basePosition).toBeNull();
	});
});
