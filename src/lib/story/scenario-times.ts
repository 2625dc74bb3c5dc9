import type { Incident, Place, Scenario } from '../scenario/schema';
import { utcDay } from '../scenario/dates';
import { DAY } from '../time/time-window';
import type { TimeWindow } from '../time/time-window';

export interface TimedIncident {
	incident: Incident;
	place: Place;
	start: number;
	end: number;
}

export interface TimedContext {
	id: string;
	t: number;
	/** A month-only date is drawn across its month. */
	end: number;
	title: Scenario['context'][number]['title'];
}

/** "2017-07" or "2017-10-21" as a UTC span: the whole month or the whole day. */
export function calendarSpan(date: string): { start: number; end: number } {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number | undefined];
	if (day === undefined) return { start: utcDay(year, month - 1, 1), end: utcDay(year, month, 1) };
	const start = utcDay(year, month - 1, day);
	return { start, end: start + DAY };
}

export function timedIncidents(scenario: Scenario): TimedIncident[] {
	const places = new Map(scenario.places.map((place) => [place.id, place]));
	return scenario.incidents
		.map((incident) => ({
			incident,
			place: places.get(incident.placeId)!,
			start: Date.parse(incident.start),
			end: Date.parse(incident.end)
		}))
		.sort((a, b) => a.start - b.start);
}

export function timedContext(scenario: Scenario): TimedContext[] {
	return scenario.context
		.map((event) => {
			const { start, end } = calendarSpan(event.date);
			return { id: event.id, t: start, end, title: event.title };
		})
		.sort((a, b) => a.t - b.t);
}

/**
 * The whole scenario with a week's margin, so the first and last events are not on the edge.
 * One pass, no spread into Math.min: that throws a RangeError past about 100,000 arguments.
 */
export function scenarioBounds(scenario: Scenario): TimeWindow {
	let first = Infinity;
	let last = -Infinity;
	const include = (t: number) => {
		if (t < first) first = t;
		if (t > last) last = t;
	};
	for (const incident of scenario.incidents) {
		include(Date.parse(incident.start));
		include(Date.parse(incident.end));
	}
	for (const event of scenario.context) {
		const { start, end } = calendarSpan(event.date);
		include(start);
		include(end);
	}
	if (first > last) {
		const now = Date.UTC(2020, 0, 1);
		return { from: now - 30 * DAY, to: now };
	}
	return { from: first - 7 * DAY, to: last + 7 * DAY };
}

/** The moments "next event" stops at: each incident's start and end, each waypoint, each context event. */
export function eventTimes(scenario: Scenario): number[] {
	const times = new Set<number>();
	for (const { start, end } of timedIncidents(scenario)) times.add(start).add(end);
	for (const movement of scenario.movements) for (const point of movement.waypoints) times.add(Date.parse(point.t));
	for (const context of timedContext(scenario)) times.add(context.t);
	return [...times].sort((a, b) => a - b);
}
