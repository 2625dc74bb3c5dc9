import { describe, expect, it } from 'vitest';
import { tooltipPosition } from './tooltip-position';

// A figure 300 px wide whose plot starts 60 px below its top, is 150 px high and is the figure's bottom.
const area = { left: 0, top: -60, right: 300, bottom: 150 };
const PLOT = 150;
const tip = { width: 120, height: 100 };
const overlaps = (a: { left: number; top: number }, size: typeof tip, x: number) => a.left <= x && x <= a.left + size.width;

describe('tooltipPosition', () => {
	it('opens right of the pointer where there is room, at the plot’s top', () => {
		expect(tooltipPosition(50, tip, area, PLOT)).toEqual({ left: 58, top: 0 });
	});

	it('opens left of the pointer near the right edge', () => {
		expect(tooltipPosition(250, tip, area, PLOT)).toEqual({ left: 122, top: 0 });
	});

	it('leaves the plot when neither side of the pointer has room: above it when the figure has room there', () => {
		// 200 px wide: right of 100 ends at 228, left of it starts at -28; 120 px above the plot.
		const narrow = { ...area, top: -120, right: 200 };
		const at = tooltipPosition(100, tip, narrow, PLOT);
		expect(at).toEqual({ left: 80, top: -108 });
		// Wholly above the plot's top, so the values under the pointer stay visible.
		expect(at.top + tip.height).toBeLessThanOrEqual(0);
	});

	it('goes below the plot when only the room below fits it', () => {
		const narrow = { left: 0, top: -60, right: 200, bottom: PLOT + 130 };
		expect(tooltipPosition(100, tip, narrow, PLOT)).toEqual({ left: 80, top: PLOT + 8 });
	});

	it('with room neither above nor below, sits against the edge that leaves more of the plot in view', () => {
		// 60 px above the plot: at the figure's top, it covers the plot's top 40 px.
		expect(tooltipPosition(100, tip, { ...area, right: 200 }, PLOT)).toEqual({ left: 80, top: -60 });
		// 30 px above and 50 below: at the figure's bottom, it covers the plot's bottom 50 px (70 at the top).
		expect(tooltipPosition(100, tip, { left: 0, top: -30, right: 200, bottom: PLOT + 50 }, PLOT)).toEqual({ left: 80, top: PLOT + 50 - 100 });
	});

	it('sits against the edge over the plot only when the figure has room nowhere else', () => {
		const narrow = { left: 0, top: 0, right: 200, bottom: PLOT };
		const at = tooltipPosition(100, { width: 120, height: PLOT }, narrow, PLOT);
		expect(at).toEqual({ left: 80, top: 0 });
		expect(overlaps(at, tip, 100)).toBe(true);
		// Wider than the figure: its left edge on the figure's.
		expect(tooltipPosition(100, { width: 260, height: 100 }, narrow, PLOT).left).toBe(0);
	});

	it('moves up when it is taller than the room below the plot’s top, never above the figure', () => {
		expect(tooltipPosition(50, { width: 120, height: 180 }, area, PLOT).top).toBe(-30);
		expect(tooltipPosition(50, { width: 120, height: 400 }, area, PLOT).top).toBe(-60);
	});
});
