import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../scenario/schema';
import { seed } from '../../../tests/unit/seed';
import { embedScenario } from './embed-scenario';

describe('embedScenario', () => {
	const embedded = embedScenario(seed);

	it('still has the shape of a scenario (only optional texts and the sources are left out)', () => {
		expect(ScenarioSchema.safeParse(embedded).success).toBe(true);
	});

	it('keeps everything the map, the timeline and the totals read', () => {
		const withoutNotes = (value: unknown) => JSON.stringify(value, (key: string, v: unknown) => (/^(note|timeNote|attribution)$/.test(key) ? undefined : v));
		for (const key of ['incidents', 'movements', 'sorties', 'disputes', 'context', 'chapters', 'places', 'bases', 'aircraftTypes', 'actors'] as const) {
			expect(JSON.parse(withoutNotes(embedded[key])), key).toEqual(JSON.parse(withoutNotes(seed[key])));
		}
	});

	it('leaves out the sources and every note', () => {
		expect(embedded.sources).toEqual([]);
		expect(JSON.stringify(embedded)).not.toMatch(/"(note|timeNote|attribution|casualtiesNote)":/);
		expect(JSON.stringify(embedded).length).toBeLessThan(JSON.stringify(seed).length * 0.75);
	});
});
