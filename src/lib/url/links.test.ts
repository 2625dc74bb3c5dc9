import { describe, expect, it } from 'vitest';
import { EMBED_DEFAULTS, parseEmbedParams, type EmbedParams } from '../embed/embed-params';
import { embedUrl, explorerHref, pageHref, presenterHref } from './links';
import { chapterParam, langParam, readParam } from './params';

const DAY = 86_400_000;

describe('explorerHref', () => {
	const base = 'https://example.org/sahel/';

	it('writes the view into the explorer’s URL', () => {
		const view = {
			t: Date.UTC(2020, 0, 9, 13, 0, 0, 400),
			from: Date.UTC(2020, 0, 9),
			to: Date.UTC(2020, 0, 10),
			focus: 'chinagodrar-2020-01-09',
			lang: 'fr' as const
		};
		expect(explorerHref(base, view)).toBe(
			'https://example.org/sahel/?t=2020-01-09T13%3A00%3A00Z&from=2020-01-09T00%3A00%3A00Z&to=2020-01-10T00%3A00%3A00Z' +
				'&focus=chinagodrar-2020-01-09&lang=fr'
		);
	});

	it('is the base itself for an empty view', () => {
		expect(explorerHref(base, {})).toBe(base);
	});

	it('keeps parameters it does not own and drops view parameters the view leaves out', () => {
		const href = explorerHref(`${base}?embed=1&focus=ayorou-2017-10-21&t=2017-10-21T04:30:00Z#map`, { t: Date.UTC(2020, 0, 9, 13) });
		expect(href).toBe('https://example.org/sahel/?embed=1&t=2020-01-09T13%3A00%3A00Z#map');
	});

	it('takes a URL as the base', () => {
		expect(explorerHref(new URL('/', 'http://localhost:4173/present'), { lang: 'en' })).toBe('http://localhost:4173/?lang=en');
	});
});

describe('embedUrl', () => {
	const base = 'https://example.org/sahel/embed';
	const known = { incidentIds: ['ayorou-2017-10-21'], chapterIds: ['tongo-tongo'] };

	it('leaves out every default', () => {
		expect(embedUrl(base, { ...EMBED_DEFAULTS })).toBe(base);
	});

	it('round-trips through parseEmbedParams', () => {
		const params: EmbedParams = {
			chapter: 'tongo-tongo',
			focus: 'ayorou-2017-10-21',
			map: { center: [1.2346, 14.5], widthKm: 318.3 },
			t: Date.UTC(2017, 9, 21, 4, 30, 15),
			from: Date.UTC(2017, 9, 21),
			to: Date.UTC(2017, 9, 22),
			lang: 'fr',
			controls: 'none',
			autoplay: true,
			speed: 5 * 60_000,
			theme: 'dark',
			origin: 'https://school.example',
			narration: true,
			steps: true,
			totals: false
		};
		const url = new URL(embedUrl(base, params));
		expect(url.origin + url.pathname).toBe(base);
		expect(parseEmbedParams(url.searchParams, known)).toEqual({ params, warnings: [], refused: [] });
	});

	it('writes whole seconds of t and readable speeds', () => {
		const url = new URL(embedUrl(base, { t: Date.UTC(2020, 0, 9, 13, 0, 0, 400), speed: DAY }));
		expect(url.searchParams.get('t')).toBe('2020-01-09T13:00:00Z');
		expect(url.searchParams.get('speed')).toBe('1d');
	});

	it('keeps parameters of the base it does not own and replaces those it does', () => {
		const url = new URL(embedUrl(`${base}?scenario=sahel&theme=dark`, { theme: 'light' }));
		expect(url.searchParams.get('scenario')).toBe('sahel');
		expect(url.searchParams.has('theme')).toBe(false);
	});
});

describe('presenterHref', () => {
	it('names the chapter and the language, which the presenter reads back', () => {
		const href = presenterHref('https://example.org/sahel/present', 'chinagodrar-air-response', 'fr');
		expect(href).toBe('https://example.org/sahel/present?chapter=chinagodrar-air-response&lang=fr');
		const search = new URL(href).searchParams;
		expect(readParam(search, chapterParam.known(['chinagodrar-air-response']))).toEqual({ ok: true, value: 'chinagodrar-air-response' });
		expect(readParam(search, langParam)).toEqual({ ok: true, value: 'fr' });
	});

	it('replaces a chapter or language the base had', () => {
		expect(presenterHref('http://localhost:4173/present?lang=en&chapter=inates', 'inates', 'fr')).toBe('http://localhost:4173/present?lang=fr&chapter=inates');
	});
});

describe('pageHref', () => {
	const read = (href: string) => new URL(href, 'https://example.org');

	it('links to a page under the app’s base in the reader’s language, which the page reads back', () => {
		const href = read(pageHref('/sahel/present', 'fr'));
		expect(href.pathname).toBe('/sahel/present');
		expect(readParam(href.searchParams, langParam)).toEqual({ ok: true, value: 'fr' });
		expect([...href.searchParams.keys()]).toEqual(['lang']);
	});

	it('keeps a fragment after the query, so the page scrolls to it', () => {
		const href = read(pageHref('/print', 'en', '#inates'));
		expect(href.hash).toBe('#inates');
		expect(href.searchParams.get('lang')).toBe('en');
	});
});
