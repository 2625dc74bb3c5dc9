import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettle } from './settle';

describe('createSettle', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs only the latest task, once the calls have been quiet for the interval', () => {
		const settle = createSettle(300, 1000);
		const ran: number[] = [];
		settle(() => ran.push(1));
		vi.advanceTimersByTime(100);
		settle(() => ran.push(2));
		vi.advanceTimersByTime(299);
		expect(ran).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(ran).toEqual([2]);
		vi.advanceTimersByTime(2000);
		expect(ran).toEqual([2]);
	});

	it('runs about once a second under 60 calls a second, and once more when they stop', () => {
		const settle = createSettle(300, 1000);
		let runs = 0;
		for (let frame = 0; frame < 180; frame++) {
			settle(() => runs++);
			vi.advanceTimersByTime(1000 / 60);
		}
		expect(runs).toBe(2);
		vi.advanceTimersByTime(300);
		expect(runs).toBe(3);
	});

	it('cancel drops the waiting task', () => {
		const settle = createSettle(300, 1000);
		const ran: string[] = [];
		settle(() => ran.push('a'));
		settle.cancel();
		vi.advanceTimersByTime(2000);
		expect(ran).toEqual([]);
	});

	it.each([-1, Number.NaN])('rejects interval %d', (interval) => {
		expect(() => createSettle(interval, 1000)).toThrow(`invalid interval: ${interval}`);
		expect(() => createSettle(300, interval)).toThrow(`invalid interval: ${interval}`);
	});
});
