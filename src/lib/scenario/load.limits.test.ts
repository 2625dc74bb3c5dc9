// Scenarios the validator once accepted and the app could not show (review D2), and the limits on
// what a file may hold (README, "Scenario files: limits").
import { describe, expect, it } from 'vitest';
import { SEED_TEXT } from '../../../tests/unit/seed';
import { expectEachError } from '../../../tests/unit/scenario-error-cases';
import { SCENARIO_LIMITS } from './limits';
import { loadScenario } from './load';

const SPEED = 'must be a speed above 0 and at most 20,000 km/h';
const withoutRange = (figure: Record<string, unknown>, value: number) => {
	delete figure.low;
	delete figure.high;
	figure.value = value;
};

expectEachError('values the app cannot show', [
	{
		name: 'a cruise speed of 0 (the simulation divides by it)',
		mutate: (s) => withoutRange(s.aircraftTypes[0].cruiseKmh, 0),
		path: 'aircraftTypes[0].cruiseKmh.value',
		message: SPEED
	},
	{
		name: 'a cruise speed of 30,000 km/h (an hour’s range ring would wrap the globe)',
		mutate: (s) => withoutRange(s.aircraftTypes[0].cruiseKmh, 30_000),
		path: 'aircraftTypes[0].cruiseKmh.value',
		message: SPEED
	},
	{
		name: 'a top speed of 1e308 km/h',
		mutate: (s) => (s.aircraftTypes[0].maxKmh.value = 1e308),
		path: 'aircraftTypes[0].maxKmh.value',
		message: SPEED
	},
	{
		name: 'a top speed below the cruise speed',
		mutate: (s) => (s.aircraftTypes[0].maxKmh.value = 1),
		path: 'aircraftTypes[0].maxKmh.value',
		message: '1 km/h is below cruiseKmh (875 km/h)'
	},
	{
		name: 'a delay of 1e300 minutes (no date can be that late)',
		mutate: (s) => (s.sorties[0].reported.alert[0].minutesAfter.minutes = 1e300),
		path: 'sorties[0].reported.alert[0].minutesAfter.minutes',
		message: 'must be at most 10080 minutes (a week)'
	},
	{
		name: 'no chapters (/present and /embed need one)',
		mutate: (s) => (s.chapters = []),
		path: 'chapters',
		message: 'must have at least one chapter: /present and /embed show one'
	},
	{
		name: 'a chapter focusing an incident outside its window',
		mutate: (s) => (s.chapters[1].focus = 'chinagodrar-2020-01-09'),
		path: 'chapters[1].focus',
		message: 'incident "chinagodrar-2020-01-09" (2020-01-09T12:00:00+01:00 to 2020-01-09T14:00:00+01:00) is outside the chapter\'s window'
	},
	{
		name: 'a movement years after its attack',
		mutate: (s) => {
			for (const point of s.movements[0].waypoints) point.t = point.t.replace(/^2017/, '2030');
		},
		path: 'movements[0].waypoints[6].t',
		message: '2030-10-21T07:40:00+00:00 is more than 7 days after its incident ends (2017-10-21T07:30:00+01:00)'
	}
]);

expectEachError('limits on what a scenario holds', [
	{
		name: `more than ${SCENARIO_LIMITS.items} incidents`,
		mutate: (s) => (s.incidents = Array.from({ length: SCENARIO_LIMITS.items + 1 }, () => s.incidents[0])),
		path: 'incidents',
		message: `must have at most ${SCENARIO_LIMITS.items} items`
	},
	{
		name: `a text of more than ${SCENARIO_LIMITS.textChars} characters`,
		mutate: (s) => (s.incidents[1].summary.fr = 'é'.repeat(SCENARIO_LIMITS.textChars + 1)),
		path: 'incidents[1].summary.fr',
		message: `must be at most ${SCENARIO_LIMITS.textChars} characters, not ${SCENARIO_LIMITS.textChars + 1}`
	},
	{
		name: 'an id of more than 100 characters',
		mutate: (s) => (s.context[0].id = 'a'.repeat(101)),
		path: 'context[0].id',
		message: 'must be at most 100 characters'
	},
	{
		name: 'a __proto__ key (JSON.parse makes it an own key: inert, and unknown)',
		mutate: (s) => (s.sources[0] = JSON.parse(JSON.stringify(s.sources[0]).replace('{', '{"__proto__":{"polluted":true},'))),
		path: 'sources[0].__proto__',
		message: 'unknown field'
	},
	{
		name: 'a constructor key',
		mutate: (s) => (s.places[0].constructor = { prototype: { polluted: true } }),
		path: 'places[0].constructor',
		message: 'unknown field'
	}
]);

describe('limits checked before parsing', () => {
	it(`refuses a file nested more than ${SCENARIO_LIMITS.depth} deep at once, saying where`, () => {
		const deep = `{"id": ${'['.repeat(1_000_000)}`;
		const started = performance.now();
		expect(loadScenario(deep)).toEqual({
			ok: false,
			errors: [{ path: '', message: `nested too deep at line 1, column ${7 + SCENARIO_LIMITS.depth}: a scenario nests objects and arrays at most ${SCENARIO_LIMITS.depth} deep` }]
		});
		expect(performance.now() - started).toBeLessThan(1_000);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('ignores brackets inside strings when measuring depth', () => {
		const seed = JSON.parse(SEED_TEXT);
		seed.incidents[0].summary.en = `${'[{'.repeat(100)} quoted \\" ${'['.repeat(100)}`;
		expect(loadScenario(JSON.stringify(seed)).ok).toBe(true);
	});

	it(`refuses a file of more than ${SCENARIO_LIMITS.fileChars.toLocaleString('en')} characters without parsing it`, () => {
		const result = loadScenario(`{"id": "${' '.repeat(SCENARIO_LIMITS.fileChars)}"}`);
		expect(result.ok === false && result.errors[0]!.message).toMatch(/^the file has 20,971,530 characters; a scenario may have at most 20,971,520$/);
	});
});
