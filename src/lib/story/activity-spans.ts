// When something happens on the map: each attack from its start to its end, each movement from its
// first waypoint to its last. Event-paced playback (time/pacing.ts) slows down for these.
import type { Scenario } from '../scenario/schema';
import type { TimeWindow } from '../time/time-window';

export function activitySpans(scenario: Scenario): TimeWindow[] {
	const incidents = scenario.incidents.map((incident) => ({ from: Date.parse(incident.start), to: Date.parse(incident.end) }));
	const movements = scenario.movements.map((movement) => {
		const times = movement.waypoints.map((point) => Date.parse(point.t));
		return { from: Math.min(...times), to: Math.max(...times) };
	});
	return [...incidents, ...movements];
}
