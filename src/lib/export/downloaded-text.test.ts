import { describe, expect, it } from 'vitest';
import { downloadedText } from './downloaded-text';

describe('downloadedText', () => {
	it('makes the French participle agree with the number of files', () => {
		expect(downloadedText(['carte.svg'], 'fr')).toBe('carte.svg téléchargé.');
		expect(downloadedText(['récit.webm', 'récit.vtt'], 'fr')).toBe('récit.webm et récit.vtt téléchargés.');
	});

	it('lists the files as English does', () => {
		expect(downloadedText(['map.png'], 'en')).toBe('Downloaded map.png.');
		expect(downloadedText(['story.webm', 'story.vtt'], 'en')).toBe('Downloaded story.webm and story.vtt.');
	});
});
