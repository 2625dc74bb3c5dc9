import { describe, expect, it } from 'vitest';
import { loadScenario } from './load';
import { SEED_TEXT } from '../../../tests/unit/seed';
import { expectEachError, type ErrorCase } from '../../../tests/unit/scenario-error-cases';

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


// One case per kind of error in fields and references: the mutation, then the one error it must cause.
const cases: ErrorCase[] = [
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
	}
];

expectEachError('parseScenario refuses each kind of field or reference error with its path and a plain message', cases);

describe('loadScenario on text that is not JSON', () => {
	it.each([
		{ text: '{\n  "id": "x",\n  "title": }', line: 3, column: 12, reason: "Unexpected token '}'" },
		{ text: '{\n  "id": "x",\n  "title": {"en": "a"}', line: 3, column: 23, reason: "Expected ',' or '}' after property value" },
		{ text: '{\n\t"sources": [1, 2,, 3]\n}', line: 2, column: 19, reason: "Unexpected token ','" },
		{ text: '{"id": "x",}', line: 1, column: 12, reason: 'Expected double-quoted property name' },
		{ text: '', line: 1, column: 1, reason: 'Unexpected end of JSON input' },
		{ text: '\uFEFF{\n"a": tru}', line: 2, column: 9, reason: "Unexpected token '}'" },
		// Once left "at position 9" in the message, beside the line and column (review D10).
		{ text: '{"a": 1}\n{"b": 2}', line: 2, column: 1, reason: 'Unexpected non-whitespace character after JSON' }
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
