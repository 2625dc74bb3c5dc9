import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottle } from './throttle';

describe('createThrottle', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs the first task at once and the latest of the rest after the interval', () => {
		const throttle = createThrottle(250);
		const ran: number[] = [];
		throttle(() => ran.push(1));
		throttle(() => ran.push(2));
		throttle(() => ran.push(3));
		expect(ran).toEqual([1]);
		vi.advanceTimersByTime(249);
		expect(ran).toEqual([1]);
		vi.advanceTimersByTime(1);
		expect(ran).toEqual([1, 3]);
	});

	it('runs at most four a second under 60 calls a second', () => {
		const throttle = createThrottle(250);
		let runs = 0;
		for (let frame = 0; frame < 60; frame++) {
			throttle(() => runs++);
			vi.advanceTimersByTime(1000 / 60);
		}
		expect(runs).toBeGreaterThanOrEqual(4);
		expect(runs).toBeLessThanOrEqual(5);
	});

	it('runs a task at once again after a quiet interval', () => {
		const throttle = createThrottle(250);
		const ran: string[] = [];
		throttle(() => ran.push('a'));
		vi.advanceTimersByTime(300);
		throttle(() => ran.push('b'));
		expect(ran).toEqual(['a', 'b']);
	});

	it('cancel drops the waiting task', () => {
		const throttle = createThrottle(250);
		const ran: string[] = [];
		throttle(() => ran.push('a'));
		throttle(() => ran.push('b'));
		throttle.cancel();
		vi.advanceTimersByTime(1000);
		expect(ran).toEqual(['a']);
	});

	it.each([-1, Number.NaN])('rejects interval %d', (interval) => {
		expect(() => createThrottle(interval)).toThrow(`invalid interval: ${interval}`);
	});
});
