// The URL parameters of /, /present and /present/notes (the embed's: embed-params.fuzz.test.ts),
// fuzzed against the README: the parsers never throw, keep only valid values, and say why each
// value they drop was dropped, in both languages. These are the functions the pages call; the
// browser test (tests/browser/url-fuzz.test.mjs) loads a sample of such URLs in Chromium.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seed } from '../../../tests/unit/seed';
import { fuzzRuns, fuzzTimeout, queryString } from '../../../tests/unit/fuzz';
import { isDateTimeWithOffset } from '../scenario/dates';
import { LANGS } from '../i18n/messages';
import { MIN_WINDOW_MS } from '../time/time-window';
import { allowedDataOrigins, dataParam } from './data-param';
import { chapterParam, readParam } from './params';
import { FILTER_LIMITS, parseFilterParams, withFilterParams } from './filter-params';
import { langNotice, noticeText, parseViewParams } from './view-params';

const RUNS = fuzzRuns();
const INCIDENTS = seed.incidents.map((i) => i.id);
const CHAPTERS = seed.chapters.map((c) => c.id);
const VALID: Record<string, string[]> = {
	t: ['2020-01-09T13:15:00+01:00', '2017-10-21T04:30:00Z'],
	from: ['2020-01-09T10:00:00Z', '2020-01-09T12:00:00Z'],
	to: ['2020-01-09T12:00:00Z', '2020-01-09T12:10:00Z'],
	focus: INCIDENTS,
	lang: [...LANGS],
	chapter: CHAPTERS,
	data: ['/data/events.bin', 'https://data.example.org/t.bin', 'https://evil.example/t.bin', '//evil.example/x', 'javascript:alert(1)'],
	type: ['Battles', 'Battles|Riots', 'Explosions/Remote violence', '|', 'a||b'],
	country: ['Niger', 'Mali|Burkina Faso', ''],
	actor: ['JNIM', ' ', 'x'.repeat(101)],
	deaths: ['5-100', '5-', '-100', '-', '100-5', '1.5-2']
};
const query = queryString(VALID);

describe('fuzz: URL parameters of the explorer', () => {
	it(`keeps only valid values and gives a notice in the reader's language for each one dropped (${RUNS.numRuns} queries)`, fuzzTimeout(), () => {
		fc.assert(
			fc.property(query, (search) => {
				const { view, notices } = parseViewParams(search, INCIDENTS);
				if (view.t !== undefined) expect(isDateTimeWithOffset(search.get('t')!)).toBe(true);
				if (view.from !== undefined || view.to !== undefined) expect(view.to! - view.from!).toBeGreaterThanOrEqual(MIN_WINDOW_MS);
				if (view.focus !== undefined) expect(INCIDENTS).toContain(view.focus);
				if (view.lang !== undefined) expect(LANGS).toContain(view.lang);
				for (const name of ['t', 'focus', 'lang'] as const) {
					if (search.get(name) !== null && view[name] === undefined) expect(notices.map((n) => n.name)).toContain(name);
				}
				if ((search.get('from') !== null || search.get('to') !== null) && view.from === undefined) {
					expect(notices.some((n) => n.name === 'from' || n.name === 'to')).toBe(true);
				}
				for (const notice of notices) {
					for (const lang of LANGS) expect(noticeText(lang, notice)).not.toMatch(/\{|\}|undefined/);
				}
			}),
			RUNS
		);
	});
});

describe('fuzz: the events filter in the explorer’s URL', () => {
	it(`keeps only valid filters, notices each one dropped, and writes back what it read (${RUNS.numRuns} queries)`, fuzzTimeout(), () => {
		fc.assert(
			fc.property(query, (search) => {
				const { filter, notices } = parseFilterParams(search);
				const dropped = notices.map((n) => n.name);
				for (const name of ['type', 'country', 'actor', 'deaths'] as const) {
					const given = search.get(name) !== null;
					const kept = { type: filter.types.length > 0, country: filter.countries.length > 0, actor: filter.actor !== '', deaths: filter.deaths !== null }[name];
					expect(given && !kept ? dropped.includes(name) : !dropped.includes(name)).toBe(true);
				}
				for (const names of [filter.types, filter.countries]) {
					expect(names.length).toBeLessThanOrEqual(FILTER_LIMITS.names);
					for (const name of names) expect(name.length > 0 && name.length <= FILTER_LIMITS.nameLength && !name.includes('|')).toBe(true);
				}
				if (filter.deaths) {
					const { min, max } = filter.deaths;
					expect(min !== null || max !== null).toBe(true);
					if (min !== null && max !== null) expect(min).toBeLessThanOrEqual(max);
				}
				expect(parseFilterParams(withFilterParams(new URLSearchParams(), filter))).toEqual({ filter, notices: [] });
			}),
			RUNS
		);
	});
});

describe('fuzz: URL parameters of /present and /present/notes', () => {
	it(`reads a chapter only if the story has it, and notices a lang it does not speak (${RUNS.numRuns} queries)`, fuzzTimeout(), () => {
		fc.assert(
			fc.property(query, (search) => {
				const chapter = readParam(search, chapterParam.known(CHAPTERS));
				if (chapter?.ok) expect(CHAPTERS).toContain(chapter.value);
				const lang = search.get('lang');
				expect(langNotice(search) !== null).toBe(lang !== null && !(LANGS as readonly string[]).includes(lang));
			}),
			RUNS
		);
	});
});

describe('fuzz: ?data= on every page', () => {
	it(`fetches only http(s) URLs on the page's origin or an allowed one (${RUNS.numRuns} values)`, fuzzTimeout(), () => {
		const codec = dataParam('https://timeline.example.org', allowedDataOrigins('https://data.example.org'));
		fc.assert(
			fc.property(query, (search) => {
				const read = readParam(search, codec);
				if (read?.ok) expect(['https://timeline.example.org', 'https://data.example.org']).toContain(new URL(read.value).origin);
			}),
			RUNS
		);
	});
});
