import { describe, expect, it } from 'vitest';
import { siteOrigin } from './site-origin';

describe('siteOrigin', () => {
	it.each([
		[undefined, ''],
		['', ''],
		['https://timeline.example.org', 'https://timeline.example.org'],
		['https://timeline.example.org/', 'https://timeline.example.org'],
		['http://localhost:4173', 'http://localhost:4173']
	])('%s → "%s"', (configured, origin) => {
		expect(siteOrigin(configured)).toBe(origin);
	});

	it.each(['javascript:alert(1)', 'timeline.example.org', 'https://example.org/app', 'https://example.org/?x=1'])('refuses %s', (configured) => {
		expect(() => siteOrigin(configured)).toThrow(/VITE_SITE_ORIGIN/);
	});
});
