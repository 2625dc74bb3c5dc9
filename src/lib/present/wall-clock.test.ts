import { describe, expect, it } from 'vitest';
import { formatWallClock } from './wall-clock';

describe('formatWallClock', () => {
	it('tells the time of day in the zone given, on a 24-hour clock', () => {
		const t = Date.UTC(2024, 4, 17, 13, 5);
		expect(formatWallClock(t, 'en', 'Europe/Paris')).toBe('15:05');
		expect(formatWallClock(t, 'fr', 'Africa/Niamey')).toBe('14:05');
		expect(formatWallClock(t, 'en', 'UTC')).toBe('13:05');
	});
});
