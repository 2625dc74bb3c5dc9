import { describe, expect, it } from 'vitest';
import { sourceLink } from './source-link';

describe('sourceLink', () => {
	it.each([
		['https://example.org/report?id=3', 'https://example.org/report?id=3'],
		['  http://example.org  ', 'http://example.org/'],
		['HTTPS://EXAMPLE.ORG/a', 'https://example.org/a']
	])('links %j', (text, href) => {
		expect(sourceLink(text)).toBe(href);
	});

	it.each([
		'Synthetic',
		'Le Monde; AFP',
		'javascript:alert(1)',
		'data:text/html,<b>x</b>',
		'https://example.org/a and more',
		'ftp://example.org/file',
		'//example.org/x',
		'https://',
		'<a href="https://example.org">x</a>',
		''
	])('keeps %j as text', (text) => {
		expect(sourceLink(text)).toBeNull();
	});
});
