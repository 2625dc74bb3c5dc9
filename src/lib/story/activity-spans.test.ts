import { describe, expect, it } from 'vitest';
import { seed } from '../../../tests/unit/seed';
import { activitySpans } from './activity-spans';

describe('activitySpans', () => {
	it('spans each attack and each movement of the seed', () => {
		const spans = activitySpans(seed);
		expect(spans).toHaveLength(seed.incidents.length + seed.movements.length);
		expect(spans[0]).toEqual({ from: Date.parse('2017-10-04T11:40:00+01:00'), to: Date.parse('2017-10-04T14:58:00+01:00') });
		// Waypoints written with different offsets are compared as instants.
		const withdrawal = spans[seed.incidents.length + seed.movements.findIndex((m) => m.id === 'chinagodrar-withdrawal-to-mali')]!;
		expect(withdrawal.to).toBeGreaterThan(withdrawal.from);
		for (const span of spans) expect(span.to).toBeGreaterThanOrEqual(span.from);
	});
});
