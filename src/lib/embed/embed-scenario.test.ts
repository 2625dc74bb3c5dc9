import { describe, expect, it } from 'vitest';
import { seed } from '../../../tests/unit/seed';
import { embedScenario } from './embed-scenario';

/** The seed with the texts the embed never shows taken out, by a route of its own. */
function withoutTexts(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutTexts);
	if (value === null || typeof value !== 'object') return value;
	const kept = Object.entries(value).filter(([key]) => !['note', 'timeNote', 'attribution', 'casualtiesNote', 'summary', 'narration', 'notes'].includes(key));
	return Object.fromEntries(kept.map(([key, v]) => [key, withoutTexts(v)]));
}

describe('embedScenario', () => {
	const embedded = embedScenario(seed);

	it('keeps everything the map, the timeline and the totals read', () => {
		for (const key of ['incidents', 'movements', 'sorties', 'disputes', 'context', 'chapters', 'places', 'bases', 'aircraftTypes', 'actors'] as const) {
			expect(withoutTexts(embedded[key]), key).toEqual(withoutTexts(seed[key]));
		}
		expect(embedded.chapters.map((c) => c.title)).toEqual(seed.chapters.map((c) => c.title));
		expect(embedded.incidents.map((i) => i.title)).toEqual(seed.incidents.map((i) => i.title));
	});

	it('leaves out the sources and every note, and sends summaries, narration and speaker notes empty', () => {
		expect(embedded.sources).toEqual([]);
		expect(JSON.stringify(embedded)).not.toMatch(/"(note|timeNote|attribution|casualtiesNote)":/);
		for (const text of [...embedded.incidents.map((i) => i.summary), ...embedded.context.map((c) => c.summary), ...embedded.chapters.flatMap((c) => [c.narration, c.notes])]) {
			expect(text).toEqual({ en: '', fr: '' });
		}
		expect(JSON.stringify(embedded).length).toBeLessThan(JSON.stringify(seed).length * 0.5);
	});
});
