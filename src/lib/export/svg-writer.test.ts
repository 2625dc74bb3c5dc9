import { describe, expect, it } from 'vitest';
import { frameToSvg } from './svg-writer';
import type { Frame } from './frame';

const frame = (marks: Frame['marks'], background: string | null = '#fff'): Frame => ({ width: 100, height: 50, scale: 2, background, title: 'A & B', description: 'd', marks });

describe('frameToSvg', () => {
	it('sizes the file at the output size and draws in layout units', () => {
		const svg = frameToSvg(frame([]));
		expect(svg).toContain('width="200" height="100" viewBox="0 0 100 50"');
		expect(svg).toContain('<title>A &amp; B</title>');
	});

	it('writes text as text, escaped, with its styles as attributes', () => {
		const svg = frameToSvg(
			frame([{ kind: 'text', x: 1, y: 2, lines: ['<b>Tillabéri</b>', 'l’autre'], lineHeight: 10, font: { size: 12, weight: 700, tracking: 0.1 }, fill: '#123', halo: { colour: '#fff', width: 3 }, anchor: 'start' }])
		);
		expect(svg).toContain('&lt;b&gt;Tillabéri&lt;/b&gt;</tspan><tspan x="1" dy="10">l’autre</tspan>');
		expect(svg).toMatch(/font-weight="700" letter-spacing="1.2" text-anchor="start" fill="#123" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"/);
		expect(svg).not.toMatch(/class=|style=/);
	});

	it('cuts a group at its box with a clip path inside the file, and leaves no background when transparent', () => {
		const svg = frameToSvg(frame([{ kind: 'group', x: 0, y: 10, clip: { width: 100, height: 30 }, marks: [{ kind: 'circle', cx: 5, cy: 5, r: 4, fill: '#f00', dash: [1, 2] }] }], null));
		expect(svg).toContain('<clipPath id="clip0"><rect width="100" height="30"/></clipPath>');
		expect(svg).toContain('clip-path="url(#clip0)"');
		expect(svg).not.toContain('<rect width="100" height="50"');
		expect(svg.match(/url\(/g)).toHaveLength(1);
	});

	it('draws a layer under its camera as a transformed group, its strokes as wide as unzoomed', () => {
		const svg = frameToSvg(frame([{ kind: 'layer', key: 'k', width: 100, height: 50, camera: { k: 4, x: -10, y: 5 }, marks: [{ kind: 'path', d: 'M0,0L5,5', stroke: '#000', strokeWidth: 2, dash: [8, 4] }] }]));
		expect(svg).toContain('<g transform="translate(-10,5) scale(4)"><path d="M0,0L5,5" fill="none" stroke="#000" stroke-width="0.5" stroke-dasharray="2 1"/></g>');
	});
});
