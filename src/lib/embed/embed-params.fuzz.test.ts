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
	narration: ['0', '1'],
	steps: ['0', '1'],
	totals: ['0', '1'],
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
				for (const flag of [params.autoplay, params.narration, params.steps, params.totals]) expect(typeof flag).toBe('boolean');
				if (params.focus !== undefined) expect(known.incidentIds).toContain(params.focus);
				if (params.chapter !== undefined) expect(known.chapterIds).toContain(params.chapter);
				if (params.lang !== undefined) expect(LANGS).toContain(params.lang);
				if (params.speed !== undefined) expect(params.speed >= 1000 && params.speed <= 365 * 86_400_000).toBe(true);
				if (params.origin !== undefined) expect(new URL(params.origin).origin).toBe(params.origin);
				if (params.from !== undefined || params.to !== undefined) expect(params.to! - params.from!).toBeGreaterThanOrEqual(MIN_WINDOW_MS);
				const flags = ['autoplay', 'narration', 'steps', 'totals'];
				for (const name of ['t', 'focus', 'chapter', 'lang', 'controls', 'speed', 'theme', 'origin', ...flags]) {
					const raw = search.get(name);
					const kept = (params as unknown as Record<string, unknown>)[name];
					const dropped = kept === undefined || (['controls', 'theme'].includes(name) && raw !== kept) || (flags.includes(name) && raw !== (kept ? '1' : '0'));
					if (raw !== null && dropped) {
						expect(warnings.some((w) => w.startsWith(`invalid ${name} `))).toBe(true);
					}
				}
				for (const warning of warnings) expect(warning.length).toBeLessThan(400);
			}),
			RUNS
		);
	});
});
