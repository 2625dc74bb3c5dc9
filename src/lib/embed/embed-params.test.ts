import { describe, expect, it } from 'vitest';
import { EMBED_DEFAULTS, formatSpeed, parseEmbedParams, type EmbedParams } from './embed-params';

const known = { incidentIds: ['ayorou-2017-10-21', 'chinagodrar-2020-01-09'], chapterIds: ['tongo-tongo', 'inates'] };
const parse = (query: string) => parseEmbedParams(new URLSearchParams(query), known);

const DAY = 86_400_000;

describe('parseEmbedParams', () => {
	it('gives the defaults for an empty query, without warnings', () => {
		expect(parse('')).toEqual({
			params: { controls: 'full', autoplay: false, theme: 'light', narration: false, steps: false, totals: true },
			warnings: [],
			refused: []
		});
	});

	it('reads every parameter', () => {
		const { params, warnings } = parse(
			'chapter=inates&focus=chinagodrar-2020-01-09&t=2020-01-09T14:00:00%2B01:00&from=2020-01-09T00:00:00Z' +
				'&to=2020-01-10T00:00:00Z&lang=fr&controls=minimal&autoplay=1&speed=15min&theme=dark&origin=https://example.org' +
				'&narration=1&steps=1&totals=0&map=1.7,14.6,420'
		);
		expect(warnings).toEqual([]);
		expect(params).toEqual({
			chapter: 'inates',
			focus: 'chinagodrar-2020-01-09',
			map: { center: [1.7, 14.6], widthKm: 420 },
			t: Date.UTC(2020, 0, 9, 13),
			from: Date.UTC(2020, 0, 9),
			to: Date.UTC(2020, 0, 10),
			lang: 'fr',
			controls: 'minimal',
			autoplay: true,
			speed: 15 * 60_000,
			theme: 'dark',
			origin: 'https://example.org',
			narration: true,
			steps: true,
			totals: false
		} satisfies EmbedParams);
	});

	// [query, the param's value after the fallback, words the warning must contain]
	it.each<[string, keyof EmbedParams, unknown, string]>([
		['t=yesterday', 't', undefined, 'invalid t "yesterday": must be an ISO 8601 date-time'],
		['t=2020-01-09T14:00:00', 't', undefined, 'offset'],
		['t=2019-02-29T00:00:00Z', 't', undefined, 'invalid t'],
		['from=2020-13-01T00:00:00Z&to=2020-01-10T00:00:00Z', 'from', undefined, 'invalid from'],
		['focus=nowhere-2020-01-01', 'focus', undefined, 'invalid focus "nowhere-2020-01-01": no incident has this id; ignored'],
		['chapter=epilogue', 'chapter', undefined, 'invalid chapter "epilogue": no chapter has this id; ignored'],
		['lang=de', 'lang', undefined, 'invalid lang "de"'],
		['map=1.7,95,420', 'map', undefined, 'invalid map "1.7,95,420": a centre within ±180° of longitude and ±80° of latitude'],
		['map=1.7;14.6', 'map', undefined, "three numbers separated by commas: longitude, latitude, kilometres across; using the view's usual framing"],
		['controls=big', 'controls', 'full', 'invalid controls "big": must be full, minimal or none; using full'],
		['controls=', 'controls', 'full', 'using full'],
		['autoplay=true', 'autoplay', false, 'invalid autoplay "true": must be 0 or 1; using 0'],
		['speed=fast', 'speed', undefined, 'invalid speed "fast"'],
		['speed=0', 'speed', undefined, 'must be from 1s to 365d'],
		['speed=-1d', 'speed', undefined, 'invalid speed'],
		['speed=1 d', 'speed', undefined, 'invalid speed'],
		['theme=sepia', 'theme', 'light', 'invalid theme "sepia": must be light or dark; using light'],
		['origin=example.org', 'origin', undefined, 'invalid origin "example.org"'],
		['origin=https://example.org/page', 'origin', undefined, 'no path'],
		['origin=javascript:alert(1)', 'origin', undefined, 'invalid origin'],
		['origin=ftp://example.org', 'origin', undefined, 'invalid origin'],
		['origin=https://user@example.org', 'origin', undefined, 'invalid origin'],
		['narration=yes', 'narration', false, 'invalid narration "yes": must be 0 or 1; using 0'],
		['steps=2', 'steps', false, 'invalid steps "2": must be 0 or 1; using 0'],
		['totals=off', 'totals', true, 'invalid totals "off": must be 0 or 1; using 1']
	])('%s falls back (%s = %o) with a warning', (query, name, fallback, warning) => {
		const { params, warnings, refused } = parse(query);
		expect(params[name]).toBe(fallback);
		expect(warnings.length).toBeGreaterThanOrEqual(1);
		expect(warnings[0]).toContain(warning);
		// The reader's notice names the parameter.
		expect(refused[0]).toBe(query.split('=')[0]);
	});

	it.each([
		['from=2020-01-10T00:00:00Z&to=2020-01-09T00:00:00Z'],
		['from=2020-01-09T00:00:00Z&to=2020-01-09T00:00:00Z'],
		['from=2020-01-09T00:00:00Z'],
		['to=2020-01-09T00:00:00Z'],
		['from=soon&to=2020-01-09T00:00:00Z']
	])('drops a window that is not whole and in order: %s', (query) => {
		const { params, warnings } = parse(query);
		expect(params.from).toBeUndefined();
		expect(params.to).toBeUndefined();
		expect(warnings.at(-1)).toBe('invalid window: needs both from and to, from at least 20 minutes before to; ignored');
	});

	it.each([
		['1d', DAY],
		['2w', 14 * DAY],
		['6h', 6 * 3_600_000],
		['15min', 15 * 60_000],
		['30s', 30_000],
		['0.5d', DAY / 2],
		['60000', 60_000]
	])('reads speed=%s as %d ms per second', (speed, ms) => {
		expect(parse(`speed=${speed}`).params.speed).toBe(ms);
	});

	// 0.0000001s froze playback and 999999999999999999999w ended it in one frame (review D10).
	it.each(['0.0000001s', '0.5s', '999', '999999999999999999999w', '366d'])('refuses speed=%s, slower than real time or faster than a year a second', (speed) => {
		const { params, warnings } = parse(`speed=${speed}`);
		expect(params.speed).toBeUndefined();
		expect(warnings).toEqual([`invalid speed "${speed}": must be from 1s to 365d of simulated time per second; ignored`]);
	});

	it('quotes a bad value in at most 60 characters', () => {
		expect(parse(`theme=${'x'.repeat(100_000)}`).warnings).toEqual([`invalid theme "${'x'.repeat(59)}…": must be light or dark; using light`]);
	});

	it.each([
		['origin=https://Example.ORG/', 'https://example.org'],
		['origin=http://localhost:5173', 'http://localhost:5173'],
		['origin=https://example.org:443', 'https://example.org']
	])('writes %s as the browser writes event.origin', (query, origin) => {
		expect(parse(query)).toEqual({ params: { ...EMBED_DEFAULTS, origin }, warnings: [], refused: [] });
	});

	it('keeps the good parameters beside bad ones', () => {
		const { params, warnings } = parse('controls=none&theme=neon&focus=ayorou-2017-10-21&autoplay=2');
		expect(params).toEqual({ ...EMBED_DEFAULTS, controls: 'none', focus: 'ayorou-2017-10-21' });
		expect(warnings.map((w) => w.split(' ')[1])).toEqual(['autoplay', 'theme']);
	});
});

describe('formatSpeed', () => {
	it.each([
		[DAY, '1d'],
		[30 * DAY, '30d'],
		[7 * DAY, '1w'],
		[12 * 3_600_000, '12h'],
		[60_000, '1min'],
		[1500, '1500']
	])('writes %d ms as %s', (ms, text) => {
		expect(formatSpeed(ms)).toBe(text);
	});
});
