import { createCountryIndex } from '../geo/country-index';
import type { Feature } from 'geojson';
import type { Movement, Scenario } from '../scenario/schema';
import { borderCrossings, type BorderCrossing } from '../kinematics/border-crossings';
import type { TimedPoint } from '../kinematics/track';

export interface ScenarioTrack {
	movement: Movement;
	points: TimedPoint[];
	start: number;
	end: number;
	/** Computed from the map's polygons, never typed into the data. */
	crossings: BorderCrossing[];
}

/** Every movement as timed points with its border crossings, computed once per scenario. */
export function scenarioTracks(scenario: Scenario, countries: readonly Feature[]): ScenarioTrack[] {
	const index = createCountryIndex(countries);
	return scenario.movements.map((movement) => {
		const points = movement.waypoints.map((w) => ({ t: Date.parse(w.t), lon: w.lon, lat: w.lat }));
		return {
			movement,
			points,
			start: points[0]!.t,
			end: points.at(-1)!.t,
			crossings: borderCrossings(points, index.countryAt)
		};
	});
}
