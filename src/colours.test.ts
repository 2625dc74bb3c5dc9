// The stylesheet's colours checked as a reader sees them (review 30): each mark stands 3:1 from
// what it is drawn on (WCAG 2.2, 1.4.11 non-text contrast), in the light theme and the embed's
// dark one, and the incidents' colour is not the attackers' (nor any side's), for normal vision
// and the common colour-vision deficiencies. Values are read from the CSS files; luminance, ratio
// and colour difference are computed here from their definitions, not by the app's code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Palette = Record<string, string>;

/** The `--name: #rrggbb;` declarations of the first rule whose selector contains `selector`. */
function variables(file: string, selector: string): Palette {
	const css = readFileSync(new URL(file, import.meta.url), 'utf8');
	const start = css.indexOf(selector);
	if (start < 0) throw new Error(`no rule ${selector} in ${file}`);
	const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
	return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const light = variables('./app.css', ':root {');
// The embed's dark theme overrides some of the light theme's variables; the rest are inherited.
const dark = { ...light, ...variables('./routes/embed/+page.svelte', ":root[data-theme='dark']") };

/** sRGB channels in 0…1, linear light (IEC 61966-2-1). */
function linear(hex: string): [number, number, number] {
	const channel = (i: number) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return [channel(1), channel(3), channel(5)];
}

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
	const [r, g, b] = linear(hex);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (high + 0.05) / (low + 0.05);
}

/** Colour-vision deficiencies at full severity on linear RGB (Machado, Oliveira and Fernandes 2009). */
const VISION: Record<string, number[][]> = {
	normal: [
		[1, 0, 0],
		[0, 1, 0],
		[0, 0, 1]
	],
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

/** CIELAB (D65) of a colour as seen with `vision`. */
function lab(hex: string, vision: number[][]): [number, number, number] {
	const rgb = linear(hex);
	const [r, g, b] = vision.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2]))) as [number, number, number];
	const xyz = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
	const [fx, fy, fz] = xyz.map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116)) as [number, number, number];
	return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 colour difference as seen with `vision`. */
function difference(a: string, b: string, vision: number[][]): number {
	const [p, q] = [lab(a, vision), lab(b, vision)];
	return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** Below this the two read as one colour at a glance in a legend (a just-noticeable difference is about 2.3). */
const DISTINCT = 15;

describe('the stylesheet’s colours', () => {
	it('checks what it reads: the contrast of black on white is 21:1 and the light theme has its land and marks', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		for (const name of ['land', 'land-focus', 'panel', 'incident', 'incident-edge', 'attackers', 'security', 'civilians']) expect(light[name], name).toMatch(/^#[0-9a-f]{6}$/);
		expect(dark.land).not.toBe(light.land);
	});

	// Incidents (circles on the map, the key, the locator inset, the timeline's pills) on the land
	// and the border region's tint; the circle's outline carries its shape where the fill alone is
	// under 3:1 (the vermillion on the light theme's tinted border region).
	for (const [theme, palette] of [['light', light], ['dark', dark]] as const) {
		it(`an incident's outline, and the attackers' tracks, stand 3:1 from the land (${theme})`, () => {
			for (const ground of ['land', 'land-focus', 'paper']) {
				expect(contrast(palette['incident-edge']!, palette[ground]!), `incident-edge on ${ground}`).toBeGreaterThanOrEqual(3);
				expect(contrast(palette.attackers!, palette[ground]!), `attackers on ${ground}`).toBeGreaterThanOrEqual(3);
			}
			// The pills of the timeline: filled on the panel.
			expect(contrast(palette.incident!, palette.panel!), 'incident on panel').toBeGreaterThanOrEqual(3);
		});
	}

	it('the casualty chart’s sides stand 3:1 from its panel (the explorer, light theme only)', () => {
		for (const side of ['security', 'attackers', 'civilians']) expect(contrast(light[side]!, light.panel!), side).toBeGreaterThanOrEqual(3);
	});

	it('the incidents’ colour is none of the sides’, for normal vision and each colour-vision deficiency (light theme, where the chart is)', () => {
		for (const side of ['attackers', 'security', 'civilians']) {
			expect(light[side], side).not.toBe(light.incident);
			for (const [vision, matrix] of Object.entries(VISION)) {
				expect(difference(light.incident!, light[side]!, matrix), `incident vs ${side}, ${vision}`).toBeGreaterThanOrEqual(DISTINCT);
			}
		}
		// The sides among themselves.
		for (const [a, b] of [['attackers', 'security'], ['attackers', 'civilians'], ['security', 'civilians']] as const) {
			for (const [vision, matrix] of Object.entries(VISION)) expect(difference(light[a]!, light[b]!, matrix), `${a} vs ${b}, ${vision}`).toBeGreaterThanOrEqual(DISTINCT);
		}
	});

	it('the attackers’ tracks and the incidents differ on the dark embed’s map too, for normal vision and each deficiency', () => {
		expect(dark.attackers).not.toBe(dark.incident);
		// The salmon #ff7a7a of stop 20 was 8 from the incidents' orange under tritanopia.
		for (const vision of Object.keys(VISION)) {
			expect(difference(dark.incident!, dark.attackers!, VISION[vision]!), vision).toBeGreaterThanOrEqual(DISTINCT);
		}
	});
});
