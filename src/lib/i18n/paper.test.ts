import { describe, expect, it } from 'vitest';
import { paperFromNavigator } from './paper';

describe('paperFromNavigator', () => {
	it('prints on Letter in the US and Canada, on A4 in France, Niger and the UK', () => {
		expect(paperFromNavigator(['en-US', 'en'])).toBe('letter');
		expect(paperFromNavigator(['fr-CA'])).toBe('letter');
		expect(paperFromNavigator(['fr-FR', 'en-US'])).toBe('a4');
		expect(paperFromNavigator(['fr-NE'])).toBe('a4');
		expect(paperFromNavigator(['en-GB'])).toBe('a4');
	});

	it('reads the first tag that names a region, skipping ones that do not or do not parse', () => {
		expect(paperFromNavigator(['en', 'not a tag', 'en-US'])).toBe('letter');
		expect(paperFromNavigator(['fr', 'en'])).toBe('a4');
		expect(paperFromNavigator([])).toBe('a4');
	});
});
