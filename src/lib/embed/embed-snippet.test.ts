import { describe, expect, it } from 'vitest';
import { embedSnippet, escapeHtml } from './embed-snippet';

const embedPage = 'https://example.org/sahel/embed';

describe('escapeHtml', () => {
	it.each([
		['a & b', 'a &amp; b'],
		['<script>', '&lt;script&gt;'],
		['say "hi"', 'say &quot;hi&quot;'],
		["l'attaque", 'l&#39;attaque'],
		['plain', 'plain']
	])('%s → %s', (text, escaped) => {
		expect(escapeHtml(text)).toBe(escaped);
	});
});

describe('embedSnippet', () => {
	it('writes a lazy, full-width, titled iframe with the embed URL', () => {
		const html = embedSnippet({
			embedPage,
			params: { chapter: 'inates', controls: 'minimal', autoplay: true, lang: 'fr', theme: 'dark' },
			title: 'Sahel Timeline'
		});
		expect(html).toBe(
			'<iframe src="https://example.org/sahel/embed?chapter=inates&amp;autoplay=1&amp;controls=minimal&amp;lang=fr&amp;theme=dark" ' +
				'title="Sahel Timeline" loading="lazy" style="width: 100%; border: 0;" height="600"></iframe>'
		);
	});

	it('adds the resize script when given its URL', () => {
		const html = embedSnippet({
			embedPage,
			params: {},
			title: 'Sahel Timeline',
			height: 480,
			resizeScript: 'https://example.org/sahel/embed-resize.js'
		});
		expect(html.split('\n')).toEqual([
			'<iframe src="https://example.org/sahel/embed" title="Sahel Timeline" loading="lazy" style="width: 100%; border: 0;" height="480"></iframe>',
			'<script src="https://example.org/sahel/embed-resize.js" async></script>'
		]);
	});

	it('escapes quotes and angle brackets in every attribute', () => {
		const html = embedSnippet({
			embedPage: 'https://example.org/embed?x="><script>alert(1)</script>',
			params: {},
			title: `L'attaque d'"Inates" <2019>`,
			resizeScript: 'https://example.org/embed-resize.js?"><b>'
		});
		// Only the snippet's own tags remain; every quote inside a value is an entity.
		expect(html.match(/<[a-z/]+/g)).toEqual(['<iframe', '</iframe', '<script', '</script']);
		expect(html).toContain('title="L&#39;attaque d&#39;&quot;Inates&quot; &lt;2019&gt;"');
		expect(html.match(/"/g)).toHaveLength(2 * 6);
	});

	it.each([0, -10, Number.NaN])('rejects height %d', (height) => {
		expect(() => embedSnippet({ embedPage, params: {}, title: 't', height })).toThrow('invalid height');
	});
});
