import { describe, expect, it } from 'vitest';
import { vttTime, webVtt } from './webvtt';

describe('webVtt', () => {
	it('writes numbered cues with WebVTT times', () => {
		expect(vttTime(3725.5)).toBe('01:02:05.500');
		expect(webVtt([{ start: 0, end: 4.25, text: 'Tongo Tongo\nAn ambush.' }])).toBe('WEBVTT\n\n1\n00:00:00.000 --> 00:00:04.250\nTongo Tongo\nAn ambush.\n');
	});

	it('keeps a cue’s text from ending the cue or opening markup', () => {
		const vtt = webVtt([{ start: 1, end: 2, text: 'a --> b\n\n<i>c</i> & d' }]);
		expect(vtt).toContain('a → b\n&lt;i>c&lt;/i> &amp; d');
		expect(webVtt([{ start: 2, end: 2, text: 'empty' }])).toBe('WEBVTT\n');
	});
});
