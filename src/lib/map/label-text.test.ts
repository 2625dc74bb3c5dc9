import { describe, expect, it } from 'vitest';
import { textLabel, textOrigin, wrapWords } from './label-text';
import type { MeasureText } from './label-style';

/** Every character 10 px wide at any size, 8 px above the baseline and 2 below. */
const measure: MeasureText = (text) => ({ width: text.length * 10, ascent: 8, descent: 2 });
const setting = { measure, rootPx: 16, scale: 1, maxLineWidth: 100 };

describe('wrapWords', () => {
	it('fills each line with as many words as fit, and keeps an over-long word whole', () => {
		const fits = (line: string) => line.length <= 10;
		expect(wrapWords('Withdrawal into Mali (per the Defence Ministry)', fits)).toEqual(['Withdrawal', 'into Mali', '(per the', 'Defence', 'Ministry)']);
		expect(wrapWords('Chinagodrar', () => false)).toEqual(['Chinagodrar']);
		expect(wrapWords('  ', fits)).toEqual([]);
	});
});

describe('textLabel', () => {
	it('wraps a long label to the line width and sizes its box to its lines and halo', () => {
		const label = textLabel({ id: 'm', kind: 'movement', text: 'Heavily armed vehicles, from the west', anchor: [0, 0], radius: 5 }, setting);
		expect(label.lines).toEqual(['Heavily ', 'armed ', 'vehicles, ', 'from the ', 'west']);
		expect(label.lines.join('')).toBe('Heavily armed vehicles, from the west');
		expect(label.width).toBe(100 + 4);
		expect(label.height).toBe(5 * 10 + 4);
		expect(label.mode).toBe('around');
		expect(textOrigin(label, { x: 100, y: 50, width: label.width, height: label.height })).toEqual([102, 60]);
	});

	it('keeps a country’s name on one line, centred on its spot, below every other kind', () => {
		const country = textLabel({ id: 'c', kind: 'country', text: 'Burkina Faso and more', anchor: [0, 0] }, setting);
		const incident = textLabel({ id: 'i', kind: 'incident', text: 'Inates', anchor: [0, 0] }, setting);
		expect(country.lines).toHaveLength(1);
		expect(country.mode).toBe('centred');
		expect(incident.priority).toBeGreaterThan(country.priority);
	});

	it('scales the type and the line width together', () => {
		const big = textLabel({ id: 't', kind: 'town', text: 'Niamey', anchor: [0, 0] }, { ...setting, scale: 1.5 });
		expect(big.px).toBeCloseTo(0.78 * 16 * 1.5);
	});
});
