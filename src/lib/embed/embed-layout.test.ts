import { describe, expect, it } from 'vitest';
import { defaultEmbedHeight, preferredMapHeight } from './embed-layout';

describe('preferredMapHeight', () => {
	it.each([
		[640, 360],
		[320, 224],
		[1600, 576]
	])('at %d px wide is %d px: 16:9, within 14–36 rem', (width, height) => {
		expect(preferredMapHeight(width)).toBe(height);
	});
});

describe('defaultEmbedHeight', () => {
	const base = { narration: false, steps: false, totals: true } as const;
	it('follows the controls: more controls, a taller frame', () => {
		const full = defaultEmbedHeight({ ...base, controls: 'full' });
		const minimal = defaultEmbedHeight({ ...base, controls: 'minimal' });
		const none = defaultEmbedHeight({ ...base, controls: 'none' });
		expect(full).toBeGreaterThan(minimal);
		expect(minimal).toBeGreaterThan(none);
		// Never shorter than the map's own shape in the column.
		expect(none).toBeGreaterThan(preferredMapHeight(640));
	});

	it('grows with the chapter’s text and steps, shrinks without the totals', () => {
		const plain = defaultEmbedHeight({ ...base, controls: 'minimal' });
		expect(defaultEmbedHeight({ ...base, controls: 'minimal', steps: true })).toBeGreaterThan(plain);
		expect(defaultEmbedHeight({ ...base, controls: 'minimal', steps: true, narration: true })).toBeGreaterThan(
			defaultEmbedHeight({ ...base, controls: 'minimal', steps: true })
		);
		expect(defaultEmbedHeight({ ...base, controls: 'minimal', totals: false })).toBeLessThan(plain);
	});
});
