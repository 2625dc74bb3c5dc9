// /embed's URL, fuzzed against the README's table: parseEmbedParams never throws, every value it
// keeps is one the README allows, and each value it drops gets a warning naming it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seed } from '../../../tests/unit/seed';
import { fuzzRuns, fuzzTimeout, queryString } from '../../../tests/unit/fuzz';
import { LANGS } from '../i18n/messages';
import { MIN_WINDOW_MS } from '../time/time-window';
import { CONTROLS, parseEmbedParams, THEMES } from './embed-params';

const RUNS = fuzzRuns();
const known = { incidentIds: seed.incidents.map((i) => i.id), chapterIds: seed.chapters.map((c) => c.id) };
const VALID: Record<string, string[]> = {
	t: ['2020-01-09T13:15:00+01:00'],
	from: ['2020-01-09T10:00:00Z'],
	to: ['2020-01-09T12:00:00Z'],
	focus: known.incidentIds,
	chapter: known.chapterIds,
	lang: [...LANGS],
	controls: [...CONTROLS],
	autoplay: ['0', '1'],
	speed: ['1d', '15min', '60000', '0.5d', '0.0000001s', '999999999999999999999w'],
	theme: [...THEMES],
	origin: ['https://example.org', 'HTTPS://EXAMPLE.ORG/', 'https://example.org/path', 'javascript:alert(1)', 'null']
};

describe('fuzz: URL parameters of /embed', () => {
	it(`keeps only what the README allows, warning for each value dropped (${RUNS.numRuns} queries)`, fuzzTimeout(), () => {
		fc.assert(
			fc.property(queryString(VALID), (search) => {
				const { params, warnings } = parseEmbedParams(search, known);
				expect(CONTROLS).toContain(params.controls);
				expect(THEMES).toContain(params.theme);
				expect(typeof params.autoplay).toBe('boolean');
				if (params.focus !== undefined) expect(known.incidentIds).toContain(params.focus);
				if (params.chapter !== undefined) expect(known.chapterIds).toContain(params.chapter);
				if (params.lang !== undefined) expect(LANGS).toContain(params.lang);
				if (params.speed !== undefined) expect(params.speed >= 1000 && params.speed <= 365 * 86_400_000).toBe(true);
				if (params.origin !== undefined) expect(new URL(params.origin).origin).toBe(params.origin);
				if (params.from !== undefined || params.to !== undefined) expect(params.to! - params.from!).toBeGreaterThanOrEqual(MIN_WINDOW_MS);
				for (const name of ['t', 'focus', 'chapter', 'lang', 'controls', 'autoplay', 'speed', 'theme', 'origin']) {
					const raw = search.get(name);
					const kept = (params as unknown as Record<string, unknown>)[name];
					if (raw !== null && (kept === undefined || (name === 'controls' && raw !== kept) || (name === 'theme' && raw !== kept))) {
						expect(warnings.some((w) => w.startsWith(`invalid ${name} `))).toBe(true);
					}
				}
				for (const warning of warnings) expect(warning.length).toBeLessThan(400);
			}),
			RUNS
		);
	});
});
