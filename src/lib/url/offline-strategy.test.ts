import { describe, expect, it } from 'vitest';
import { offlineStrategy } from './offline-strategy';

const catalogue = {
	origin: 'https://timeline.example.org',
	assets: new Set(['/_app/immutable/entry/start.abc.js', '/geo/sahel.topo.json']),
	pages: new Set(['/', '/present', '/present/__data.json', '/embed'])
};
const get = (url: string) => offlineStrategy({ url, method: 'GET' }, catalogue);

describe('offlineStrategy', () => {
	it('serves the app’s files and the map from the cache', () => {
		expect(get('https://timeline.example.org/_app/immutable/entry/start.abc.js')).toBe('cache-first');
		expect(get('https://timeline.example.org/geo/sahel.topo.json')).toBe('cache-first');
	});

	it('tries the network first for a page, whatever its query, and its data', () => {
		expect(get('https://timeline.example.org/present?chapter=inates&lang=fr')).toBe('network-first');
		expect(get('https://timeline.example.org/present/__data.json?x-sveltekit-invalidated=01')).toBe('network-first');
		expect(get('https://timeline.example.org/')).toBe('network-first');
	});

	it('leaves alone what it did not precache, other origins and other methods', () => {
		expect(get('https://timeline.example.org/data/events.bin')).toBeNull();
		expect(get('https://timeline.example.org/present/')).toBeNull();
		expect(get('https://data.example.org/present')).toBeNull();
		expect(offlineStrategy({ url: 'https://timeline.example.org/present', method: 'POST' }, catalogue)).toBeNull();
	});
});
