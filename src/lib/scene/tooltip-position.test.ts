import { describe, expect, it } from 'vitest';
import { tooltipPosition } from './tooltip-position';

// A figure 300 px wide whose plot starts 60 px below its top and ends 150 px below the plot's top.
const area = { left: 0, top: -60, right: 300, bottom: 150 };
const tip = { width: 120, height: 100 };

describe('tooltipPosition', () => {
	it('opens right of the pointer where there is room, at the plot’s top', () => {
		expect(tooltipPosition(50, tip, area)).toEqual({ left: 58, top: 0 });
	});

	it('opens left of the pointer near the right edge', () => {
		expect(tooltipPosition(250, tip, area)).toEqual({ left: 122, top: 0 });
	});

	it('sits against the edge when neither side of the pointer has room, in the middle of a narrow figure', () => {
		// 200 px wide: right of 100 ends at 228, left of it starts at -28.
		const narrow = { ...area, right: 200 };
		expect(tooltipPosition(100, tip, narrow)).toEqual({ left: 80, top: 0 });
		// Wider than the figure: its left edge on the figure's.
		expect(tooltipPosition(100, { width: 260, height: 100 }, narrow).left).toBe(0);
	});

	it('moves up when it is taller than the room below the plot’s top, never above the figure', () => {
		expect(tooltipPosition(50, { width: 120, height: 180 }, area).top).toBe(-30);
		expect(tooltipPosition(50, { width: 120, height: 400 }, area).top).toBe(-60);
	});
});
