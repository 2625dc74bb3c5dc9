import { describe, expect, it } from 'vitest';
import { cameraKeyAction } from './camera-keys';

describe('cameraKeyAction', () => {
	it('zooms in and out by inverse factors, so + then − returns to the same zoom', () => {
		const zoomIn = cameraKeyAction('+');
		const zoomOut = cameraKeyAction('-');
		if (!zoomIn || typeof zoomIn === 'string' || !('zoom' in zoomIn)) throw new Error('+ should zoom');
		if (!zoomOut || typeof zoomOut === 'string' || !('zoom' in zoomOut)) throw new Error('− should zoom');
		expect(zoomIn.zoom).toBeGreaterThan(1);
		expect(zoomIn.zoom * zoomOut.zoom).toBeCloseTo(1, 12);
		// The unshifted key of + and the shifted key of − on a US keyboard do the same.
		expect(cameraKeyAction('=')).toEqual(zoomIn);
		expect(cameraKeyAction('_')).toEqual(zoomOut);
	});

	it('pans the map so the view moves the way the arrow points: the map content moves the other way', () => {
		const pan = (key: string) => {
			const action = cameraKeyAction(key);
			if (!action || typeof action === 'string' || !('pan' in action)) throw new Error(`${key} should pan`);
			return action.pan;
		};
		const [leftX, leftY] = pan('ArrowLeft');
		const [rightX] = pan('ArrowRight');
		const [upX, upY] = pan('ArrowUp');
		const [, downY] = pan('ArrowDown');
		expect(leftX).toBeGreaterThan(0);
		expect(leftY).toBe(0);
		expect(rightX).toBe(-leftX);
		expect(upY).toBeGreaterThan(0);
		expect(upX).toBe(0);
		expect(downY).toBe(-upY);
	});

	it('resets on 0 and leaves every other key to the page', () => {
		expect(cameraKeyAction('0')).toBe('reset');
		for (const key of ['a', 'Enter', ' ', 'Home', 'End', 'PageUp', 'Tab', 'Escape']) expect(cameraKeyAction(key)).toBeNull();
	});
});
