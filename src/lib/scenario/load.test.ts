import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, parseScenario, type ScenarioError } from './load';

const SEED_TEXT = readFileSync(new URL('../../../seeds/sahel-2017-2020.json', import.meta.url), 'utf8');

/** A fresh, mutable copy of the seed for each case (untyped: the cases write anything anywhere). */
function seed(): any {
	return JSON.parse(SEED_TEXT);
}

function errorsOf(value: unknown): ScenarioError[] {
	const result = parseScenario(value);
	return result.ok ? [] : result.errors;
}

describe('loadScenario', () => {
	it('accepts the seed and returns it typed', () => {
		const result = loadScenario(SEED_TEXT);
		expect(result.ok ? [] : result.errors).toEqual([]);
		if (result.ok) expect(result.scenario.incidents.map((incident) => incident.id)).toContain('chinagodrar-2020-01-09');
	});

	it('accepts a file saved with a byte-order mark', () => {
		expect(loadScenario(`\uFEFF${SEED_TEXT}`).ok).toBe(true);
	});
});

// One case per kind of error: the mutation, then the one error it must cause.
const cases: { name: string; mutate: (s: ReturnType<typeof seed>) => void; path: string; message: string }[] = [
	{
		name: 'wrong type',
		mutate: (s) => (s.places[0].lat = '15.05'),
		path: 'places[0].lat',
		message: 'expected a number, got the string "15.05"'
	},
	{
		name: 'missing field',
		mutate: (s) => delete s.incidents[0].summary,
		path: 'incidents[0].summary',
		message: 'is required'
	},
	{
		name: 'missing enum field',
		mutate: (s) => delete s.actors[0].kind,
		path: 'actors[0].kind',
		message: 'is required'
	},
	{
		name: 'value outside an enum',
		mutate: (s) => (s.incidents[2].tolls[0].side = 'soldiers'),
		path: 'incidents[2].tolls[0].side',
		message: 'must be one of "security", "attackers", "civilians"; got "soldiers"'
	},
	{
		name: 'unknown field (a typo)',
		mutate: (s) => (s.incidents[3].tolls[0].reports[0].valeu = 25),
		path: 'incidents[3].tolls[0].reports[0].valeu',
		message: 'unknown field'
	},
	{
		name: 'javascript: URL',
		mutate: (s) => (s.sources[0].url = 'javascript:alert(1)'),
		path: 'sources[0].url',
		message: 'must be an http or https URL'
	},
	{
		name: 'data: URL',
		mutate: (s) => (s.sources[2].url = 'data:text/html,<script>alert(1)</script>'),
		path: 'sources[2].url',
		message: 'must be an http or https URL'
	},
	{
		name: 'date-time without an offset',
		mutate: (s) => (s.incidents[0].start = '2017-10-04T11:40:00'),
		path: 'incidents[0].start',
		message: 'must be an ISO 8601 date-time with seconds and an offset, such as 2020-01-09T12:00:00+01:00'
	},
	{
		name: 'a day that does not exist',
		mutate: (s) => (s.sources[0].published = '2017-02-29'),
		path: 'sources[0].published',
		message: 'must be a date YYYY-MM-DD or a month YYYY-MM'
	},
	{
		name: 'unknown source id',
		mutate: (s) => (s.incidents[3].tolls[0].reports[1].sourceId = 'le-monde'),
		path: 'incidents[3].tolls[0].reports[1].sourceId',
		message: 'unknown source id "le-monde"'
	},
	{
		name: 'unknown place id',
		mutate: (s) => (s.bases[0].placeId = 'niamey-harbour'),
		path: 'bases[0].placeId',
		message: 'unknown place id "niamey-harbour"'
	},
	{
		name: 'unknown incident id in a chapter focus',
		mutate: (s) => (s.chapters[1].focus = 'tongo-tongo-2017-10-05'),
		path: 'chapters[1].focus',
		message: 'unknown incident id "tongo-tongo-2017-10-05"'
	},
	{
		name: 'incident id not made of place and date',
		mutate: (s) => {
			s.incidents[1].id = 'ayorou-attack';
			for (const m of s.movements) if (m.incidentId === 'ayorou-2017-10-21') m.incidentId = 'ayorou-attack';
			for (const c of s.chapters) if (c.focus === 'ayorou-2017-10-21') c.focus = 'ayorou-attack';
		},
		path: 'incidents[1].id',
		message: 'must be "<placeId>-<start date>", here "ayorou-2017-10-21"'
	},
	{
		name: 'end before start',
		mutate: (s) => (s.incidents[1].end = '2017-10-21T05:00:00+01:00'),
		path: 'incidents[1].end',
		message: '2017-10-21T05:00:00+01:00 is before start (2017-10-21T05:45:00+01:00)'
	},
	{
		name: 'end before start across offsets (same clock, later zone)',
		mutate: (s) => (s.incidents[0].end = '2017-10-04T14:58:00+05:00'),
		path: 'incidents[0].end',
		message: '2017-10-04T14:58:00+05:00 is before start (2017-10-04T11:40:00+01:00)'
	},
	{
		name: 'waypoints out of order',
		mutate: (s) => (s.movements[0].waypoints[1].t = '2017-10-21T04:30:00+01:00'),
		path: 'movements[0].waypoints[1].t',
		message: '2017-10-21T04:30:00+01:00 is not after the previous waypoint (2017-10-21T03:55:00+00:00); waypoints must run forward in time'
	},
	{
		name: 'a waypoint away from the place it names',
		mutate: (s) => (s.movements[1].waypoints[2].lat = 15.5),
		path: 'movements[1].waypoints[2].lat',
		message: 'is 30.5 km from its place "chinagodrar"; use the place\'s coordinates'
	},
	{
		name: 'a toll report that does not say who gave it',
		mutate: (s) => delete s.incidents[2].tolls[0].reports[0].claimBy,
		path: 'incidents[2].tolls[0].reports[0].claimBy',
		message: 'is required'
	},
	{
		name: 'an opposing side’s claim with no claimant',
		mutate: (s) => delete s.incidents[2].tolls[0].reports[1].claimant,
		path: 'incidents[2].tolls[0].reports[1].claimant',
		message: 'is required: a figure given by the opposing side must name who gave it'
	},
	{
		name: 'a claimant without the body it speaks for',
		mutate: (s) => delete s.incidents[2].tolls[0].reports[0].authority,
		path: 'incidents[2].tolls[0].reports[0].authority',
		message: 'is required with a claimant: the slug of the body the claimant speaks for, such as "niger-government"'
	},
	{
		name: '"at least" and "more than" at once',
		mutate: (s) => (s.incidents[2].tolls[0].reports[1].atLeast = true),
		path: 'incidents[2].tolls[0].reports[1].moreThan',
		message: 'give either atLeast ("at least 25") or moreThan ("more than 100"), not both'
	},
	{
		name: 'toll reports out of order',
		mutate: (s) => (s.incidents[3].tolls[0].reports[2].reported = '2020-01-10'),
		path: 'incidents[3].tolls[0].reports[2].reported',
		message: '2020-01-10 is before the previous report (2020-01-11); keep reports in the order they came out'
	},
	{
		name: 'low greater than high in a toll',
		mutate: (s) => {
			const report = s.incidents[3].tolls[0].reports[2];
			delete report.value;
			Object.assign(report, { low: 95, high: 89 });
		},
		path: 'incidents[3].tolls[0].reports[2].low',
		message: 'low (95) is greater than high (89)'
	},
	{
		name: 'both a value and a range',
		mutate: (s) => Object.assign(s.incidents[3].tolls[0].reports[2], { low: 80, high: 95 }),
		path: 'incidents[3].tolls[0].reports[2].value',
		message: 'give either value or low and high, not both'
	},
	{
		name: 'half a range',
		mutate: (s) => {
			delete s.incidents[3].tolls[0].reports[2].value;
			s.incidents[3].tolls[0].reports[2].low = 80;
		},
		path: 'incidents[3].tolls[0].reports[2].high',
		message: 'a range needs both low and high'
	},
	{
		name: 'negative count',
		mutate: (s) => (s.incidents[3].tolls[0].reports[1].value = -25),
		path: 'incidents[3].tolls[0].reports[1].value',
		message: 'must not be negative'
	},
	{
		name: 'non-integer count',
		mutate: (s) => (s.incidents[3].tolls[0].reports[1].value = 25.5),
		path: 'incidents[3].tolls[0].reports[1].value',
		message: 'must be a whole number, not 25.5'
	},
	{
		name: 'count given as a string',
		mutate: (s) => (s.bases[0].aircraft[0].count = '4'),
		path: 'bases[0].aircraft[0].count',
		message: 'expected a number, got the string "4"'
	},
	{
		name: 'latitude out of range',
		mutate: (s) => (s.places[3].lat = 115.2258),
		path: 'places[3].lat',
		message: 'must be a latitude between -90 and 90'
	},
	{
		name: 'longitude out of range',
		mutate: (s) => (s.movements[1].waypoints[0].lon = -200),
		path: 'movements[1].waypoints[0].lon',
		message: 'must be a longitude between -180 and 180'
	},
	{
		name: 'duplicate id',
		mutate: (s) => (s.chapters[2].id = s.chapters[1].id),
		path: 'chapters[2].id',
		message: 'duplicate id "tongo-tongo-ambush" (also chapters[1])'
	},
	{
		name: 'a number without a source',
		mutate: (s) => (s.places[0].sourceIds = []),
		path: 'places[0].sourceIds',
		message: 'must cite at least one source'
	},
	{
		name: 'an undated report from a source that dates its reports',
		mutate: (s) => delete s.incidents[2].tolls[1].reports[0].reported,
		path: 'incidents[2].tolls[1].reports[0].reported',
		message: 'is required: source "niger-defence-2019-12-11-inates" is not a reference work'
	},
	{
		name: 'a report dated after its source was published',
		mutate: (s) => (s.incidents[1].tolls[0].reports[2].reported = '2017-10-22'),
		path: 'incidents[1].tolls[0].reports[2].reported',
		message: '2017-10-22 is after source "lapresse-2017-10-21-ayorou" was published (2017-10-21)'
	},
	{
		name: 'a tally that would count one party twice',
		mutate: (s) => s.incidents[3].tolls.push(structuredClone(s.incidents[3].tolls[0])),
		path: 'incidents[3].tolls[3]',
		message: 'same side, measure and party as tolls[0]; they would be counted twice: merge their reports'
	},
	{
		name: 'a delay counted from a later stage',
		mutate: (s) => (s.sorties[0].reported.takeoff[0].minutesAfter.event = 'takeoff'),
		path: 'sorties[0].reported.takeoff[0].minutesAfter.event',
		message: 'takeoff cannot be counted from "takeoff"; use "attack-start" or "alert"'
	},
	{
		name: 'a delay whose starting point is the project’s reading, left unexplained',
		mutate: (s) => delete s.sorties[1].reported.overTarget[0].note,
		path: 'sorties[1].reported.overTarget[0].note',
		message: "is required when minutesAfter.anchorInferred is true: say what the source gives and that the starting point is the project's reading"
	},
	{
		name: 'a disputed strike drawn on another incident’s track',
		mutate: (s) => (s.disputes[0].targets[0].movementId = 'ayorou-raid-from-mali'),
		path: 'disputes[0].targets[0].movementId',
		message: 'movement "ayorou-raid-from-mali" belongs to incident "ayorou-2017-10-21", not to this dispute\'s "chinagodrar-2020-01-09"'
	},
	{
		name: 'a disputed strike on a track that does not exist',
		mutate: (s) => (s.disputes[0].targets[0].movementId = 'atlantis-convoy'),
		path: 'disputes[0].targets[0].movementId',
		message: 'unknown movement id "atlantis-convoy"'
	},
	{
		name: 'a chapter cursor outside its window',
		mutate: (s) => (s.chapters[1].cursor = '2017-10-05T12:00:00+01:00'),
		path: 'chapters[1].cursor',
		message: "2017-10-05T12:00:00+01:00 is outside the chapter's window"
	},
	{
		name: 'a document that is not an object',
		mutate: () => undefined,
		path: '',
		message: 'expected an object, got an array'
	}
];

describe('parseScenario refuses each kind of error with its path and a plain message', () => {
	it.each(cases)('$name', ({ mutate, path, message }) => {
		const scenario = seed();
		mutate(scenario);
		const input = path === '' ? [] : scenario;
		expect(errorsOf(input)).toEqual([{ path, message }]);
	});
});

describe('loadScenario on text that is not JSON', () => {
	it.each([
		{ text: '{\n  "id": "x",\n  "title": }', line: 3, column: 12, reason: "Unexpected token '}'" },
		{ text: '{\n  "id": "x",\n  "title": {"en": "a"}', line: 3, column: 23, reason: "Expected ',' or '}' after property value" },
		{ text: '{\n\t"sources": [1, 2,, 3]\n}', line: 2, column: 19, reason: "Unexpected token ','" },
		{ text: '{"id": "x",}', line: 1, column: 12, reason: 'Expected double-quoted property name' },
		{ text: '', line: 1, column: 1, reason: 'Unexpected end of JSON input' },
		{ text: '\uFEFF{\n"a": tru}', line: 2, column: 9, reason: "Unexpected token '}'" }
	])('reports line $line, column $column for $text', ({ text, line, column, reason }) => {
		expect(loadScenario(text)).toEqual({
			ok: false,
			errors: [{ path: '', message: `not valid JSON at line ${line}, column ${column}: ${reason}` }]
		});
	});

	it('points into the seed where it was broken', () => {
		const broken = SEED_TEXT.replace('"kind": "ambush"', '"kind": ambush');
		const before = broken.slice(0, broken.indexOf(': ambush') + 2).split('\n');
		const result = loadScenario(broken);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors[0]?.message).toMatch(new RegExp(`^not valid JSON at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}:`));
	});
});
