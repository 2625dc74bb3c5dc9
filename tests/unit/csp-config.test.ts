// The build's Content-Security-Policy (csp.config.js): the data origins a deployment allows reach
// connect-src only as bare origins, so a setting cannot smuggle in a directive.
import { describe, expect, it } from 'vitest';
import { cspDirectives, dataOrigins } from '../../csp.config.js';

describe('cspDirectives', () => {
	it('allows fetches from the app and the configured data origins only', () => {
		expect(cspDirectives(undefined)['connect-src']).toEqual(['self']);
		expect(cspDirectives(' https://data.example.org, http://localhost:8080/ ')['connect-src']).toEqual(['self', 'https://data.example.org', 'http://localhost:8080']);
	});

	it.each(['https://data.example.org; script-src *', 'https://data.example.org/tables', '*', 'data:', 'ftp://data.example.org', "'unsafe-inline'"])(
		'fails the build on VITE_DATA_ORIGINS=%j',
		(setting) => {
			expect(() => dataOrigins(setting)).toThrow(/VITE_DATA_ORIGINS: .* is not an origin/);
		}
	);

	it('has no unsafe keyword but the announcer’s hashed style', () => {
		const directives = cspDirectives('');
		for (const [name, sources] of Object.entries(directives)) {
			expect(sources, name).not.toContain('unsafe-inline');
			expect(sources, name).not.toContain('unsafe-eval');
			if (name !== 'style-src-attr') expect(sources, name).not.toContain('unsafe-hashes');
		}
		expect(directives['style-src-attr']).toEqual(['unsafe-hashes', expect.stringMatching(/^sha256-[A-Za-z0-9+/]{43}=$/)]);
		expect(directives['object-src']).toEqual(['none']);
		expect(directives['base-uri']).toEqual(['self']);
	});
});
