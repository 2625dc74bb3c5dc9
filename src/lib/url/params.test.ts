import { describe, expect, it } from 'vitest';
import {
	chapterParam,
	definedOnly,
	focusParam,
	fromParam,
	langParam,
	readParam,
	timeParam,
	toParam,
	windowProblem,
	writeParam,
	type ParamCodec
} from './params';

const read = <T>(codec: ParamCodec<T>, query: string) => readParam(new URLSearchParams(query), codec);

describe('instants: t, from, to', () => {
	it.each([
		['2020-01-09T14:00:00+01:00', Date.UTC(2020, 0, 9, 13)],
		['2020-01-09T13:00:00Z', Date.UTC(2020, 0, 9, 13)],
		['2020-01-09T08:00:00-05:00', Date.UTC(2020, 0, 9, 13)],
		['2017-10-21T04:30:15.250Z', Date.UTC(2017, 9, 21, 4, 30, 15, 250)],
		// Valid ISO 8601, once refused because Date.UTC reads years 0–99 as 1900–1999 (review D9).
		['0001-01-01T00:00:00Z', -62_135_596_800_000]
	])('reads %s as one instant, whatever the reader’s zone', (text, ms) => {
		for (const codec of [timeParam, fromParam, toParam]) {
			expect(read(codec, `${codec.name}=${encodeURIComponent(text)}`)).toEqual({ ok: true, value: ms });
		}
	});

	it.each([
		'2020-01-09T13:00:00', // no offset: a different instant in each zone
		'2020-01-09T13:00Z', // no seconds
		'2020-01-09',
		'2019-02-29T00:00:00Z',
		'2020-01-09 13:00:00Z',
		'yesterday',
		'',
		// What the explorer once read silently (review D6): roll-overs, an offset without a colon, a lower-case z, a trailing NUL.
		'2020-02-30T12:00:00Z',
		'2020-01-09T24:00:00Z',
		'2020-01-09T12:00:00+0100',
		'2020-01-09T12:00:00z',
		'2020-01-09T12:00:00Z\u0000'
	])('refuses %j, saying an offset is needed', (text) => {
		const result = read(timeParam, `t=${encodeURIComponent(text)}`);
		expect(result).toMatchObject({ ok: false, raw: text });
		expect(result?.ok === false && result.problem).toMatch(/seconds and an offset/);
	});

	it('writes t in whole seconds, in UTC', () => {
		expect(timeParam.encode(Date.UTC(2020, 0, 9, 13, 0, 0, 400))).toBe('2020-01-09T13:00:00Z');
		expect(timeParam.encode(Date.UTC(2020, 0, 9, 13, 0, 0, 600))).toBe('2020-01-09T13:00:01Z');
	});

	it('writes the window’s ends as they are', () => {
		expect(fromParam.encode(Date.UTC(2017, 9, 21))).toBe('2017-10-21T00:00:00Z');
		expect(toParam.encode(Date.UTC(2017, 9, 22, 0, 0, 0, 250))).toBe('2017-10-22T00:00:00.250Z');
	});
});

describe('ids: focus, chapter', () => {
	const incidents = ['ayorou-2017-10-21', 'chinagodrar-2020-01-09'];

	it('reads an id the scenario has', () => {
		expect(read(focusParam.known(incidents), 'focus=ayorou-2017-10-21')).toEqual({ ok: true, value: 'ayorou-2017-10-21' });
		expect(read(chapterParam.known(['inates']), 'chapter=inates')).toEqual({ ok: true, value: 'inates' });
	});

	it('refuses an id the scenario does not have, or one of another kind', () => {
		expect(read(focusParam.known(incidents), 'focus=atlantis')).toEqual({ ok: false, raw: 'atlantis', problem: 'no incident has this id' });
		expect(read(chapterParam.known(['inates']), 'chapter=ayorou-2017-10-21')).toEqual({
			ok: false,
			raw: 'ayorou-2017-10-21',
			problem: 'no chapter has this id'
		});
	});

	it('writes an id as it is', () => {
		expect(focusParam.encode('chinagodrar-2020-01-09')).toBe('chinagodrar-2020-01-09');
		expect(chapterParam.name).toBe('chapter');
	});
});

describe('lang', () => {
	it.each([['en'], ['fr']])('reads %s', (lang) => {
		expect(read(langParam, `lang=${lang}`)).toEqual({ ok: true, value: lang });
	});

	it.each(['de', 'FR', 'fr-FR', ''])('refuses %j', (text) => {
		expect(read(langParam, `lang=${text}`)).toMatchObject({ ok: false, raw: text });
	});
});

describe('readParam and writeParam', () => {
	it('reads an absent parameter as null', () => {
		expect(read(langParam, 'focus=x')).toBeNull();
	});

	it('sets, replaces and removes a parameter, leaving the others alone', () => {
		const search = new URLSearchParams('embed=1&lang=en');
		writeParam(search, langParam, 'fr');
		writeParam(search, timeParam, Date.UTC(2020, 0, 9, 13));
		expect(search.toString()).toBe('embed=1&lang=fr&t=2020-01-09T13%3A00%3A00Z');
		writeParam(search, langParam, undefined);
		expect(search.toString()).toBe('embed=1&t=2020-01-09T13%3A00%3A00Z');
	});
});

describe('windowProblem', () => {
	it.each([
		[undefined, undefined, null],
		[0, 20 * 60_000, null],
		[1, undefined, 'incomplete'],
		[undefined, 2, 'incomplete'],
		[2, 1, 'order'],
		[2, 2, 'order'],
		// A 1 ms window once opened as a meaningless view (the timeline zooms to 20 minutes at most).
		[0, 20 * 60_000 - 1, 'short'],
		[0, 1, 'short']
	] as const)('from %s, to %s → %s', (from, to, problem) => {
		expect(windowProblem(from, to)).toBe(problem);
	});
});

describe('definedOnly', () => {
	it('drops the keys left undefined', () => {
		expect(Object.keys(definedOnly({ a: 1, b: undefined, c: '' }))).toEqual(['a', 'c']);
	});
});
