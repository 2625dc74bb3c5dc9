import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTIVITY_SECONDS, pacedStep, pacePlan, QUIET_SECONDS, type PaceSegment } from './pacing';
import { DAY, HOUR, MINUTE } from './time-window';
import { seed } from '../../../tests/unit/seed';
import { activitySpans } from '../story/activity-spans';
import { scenarioBounds } from '../story/scenario-times';
import { defaultSpeed } from './playback-speed';

const T0 = Date.UTC(2019, 0, 1);
const seconds = (segment: PaceSegment) => (segment.to - segment.from) / segment.speed;

/** A window, activity spans inside and around it, and a speed. */
const arbitraryPace = fc
	.record({
		from: fc.integer({ min: 0, max: 365 * DAY }),
		length: fc.integer({ min: HOUR, max: 900 * DAY }),
		speed: fc.constantFrom(MINUTE, HOUR, DAY, 30 * DAY),
		spans: fc.array(fc.record({ at: fc.double({ min: -0.2, max: 1.2, noNaN: true }), length: fc.integer({ min: 0, max: 2 * DAY }) }), { maxLength: 12 })
	})
	.map(({ from, length, speed, spans }) => ({
		window: { from: T0 + from, to: T0 + from + length },
		speed,
		activity: spans.map(({ at, length: l }) => ({ from: T0 + from + at * length, to: T0 + from + at * length + l }))
	}));

describe('pacePlan', () => {
	it('plays a window without activity at the chosen speed', () => {
		expect(pacePlan({ from: T0, to: T0 + DAY }, [], HOUR)).toEqual([{ from: T0, to: T0 + DAY, speed: HOUR }]);
	});

	it('gives an attack seconds and a quiet year two at most', () => {
		const window = { from: T0, to: T0 + 365 * DAY };
		const attack = { from: T0 + 200 * DAY, to: T0 + 200 * DAY + 3 * HOUR };
		const plan = pacePlan(window, [attack], 30 * DAY);
		expect(plan).toHaveLength(3);
		expect(seconds(plan[1]!)).toBeCloseTo(ACTIVITY_SECONDS);
		// The attack from 45 minutes before to 45 minutes after (a quarter of it on each side).
		expect(plan[1]!.from).toBe(attack.from - 45 * MINUTE);
		expect(plan[1]!.to).toBe(attack.to + 45 * MINUTE);
		expect(seconds(plan[0]!)).toBeCloseTo(QUIET_SECONDS);
		expect(seconds(plan[2]!)).toBeCloseTo(QUIET_SECONDS);
	});

	it('merges overlapping activity into one stretch', () => {
		const plan = pacePlan({ from: T0, to: T0 + 10 * DAY }, [
			{ from: T0 + DAY, to: T0 + DAY + 2 * HOUR },
			{ from: T0 + DAY + HOUR, to: T0 + DAY + 4 * HOUR }
		], DAY);
		expect(plan).toHaveLength(3);
	});

	it('never slows what is already slow enough, nor speeds up a short quiet stretch', () => {
		// Two hours at 15 minutes a second: the attack and its leads already take 4 s, each quiet half hour 2 s.
		const plan = pacePlan({ from: T0, to: T0 + 2 * HOUR }, [{ from: T0 + 45 * MINUTE, to: T0 + 75 * MINUTE }], 15 * MINUTE);
		expect(plan).toHaveLength(3);
		expect(plan.every((segment) => segment.speed === 15 * MINUTE)).toBe(true);
	});

	it('covers the window exactly, slower in activity and faster in quiet than the chosen speed (property)', () => {
		fc.assert(
			fc.property(arbitraryPace, ({ window, speed, activity }) => {
				const plan = pacePlan(window, activity, speed);
				expect(plan[0]!.from).toBe(window.from);
				expect(plan.at(-1)!.to).toBe(window.to);
				plan.forEach((segment, i) => {
					expect(segment.to).toBeGreaterThan(segment.from);
					if (i > 0) expect(segment.from).toBe(plan[i - 1]!.to);
					expect(segment.speed).toBeGreaterThan(0);
				});
				// Every instant of activity inside the window plays at most at the chosen speed, and a
				// stretch of activity takes the activity seconds unless the chosen speed is slower.
				for (const span of activity) {
					const mid = (Math.max(span.from, window.from) + Math.min(span.to, window.to)) / 2;
					if (mid < window.from || mid >= window.to) continue;
					const segment = plan.find((s) => mid >= s.from && mid < s.to)!;
					expect(segment.speed).toBeLessThanOrEqual(speed);
				}
				for (const segment of plan) {
					const atChosen = (segment.to - segment.from) / speed;
					if (segment.speed < speed) expect(seconds(segment)).toBeCloseTo(ACTIVITY_SECONDS);
					if (segment.speed > speed) expect(seconds(segment)).toBeCloseTo(QUIET_SECONDS);
					expect(seconds(segment) <= atChosen + 1e-9 || segment.speed < speed).toBe(true);
				}
			})
		);
	});

	it('refuses a speed or a window that cannot play', () => {
		expect(() => pacePlan({ from: T0, to: T0 + DAY }, [], 0)).toThrow(/invalid pace/);
		expect(() => pacePlan({ from: T0, to: T0 }, [], HOUR)).toThrow(/invalid pace/);
	});
});

describe('pacedStep', () => {
	it('crosses from a fast quiet stretch into an attack without jumping over its start', () => {
		const plan = pacePlan({ from: T0, to: T0 + 365 * DAY }, [{ from: T0 + 200 * DAY, to: T0 + 200 * DAY + 3 * HOUR }], 30 * DAY);
		// One long frame from the start: the first segment takes 2 s, the rest of the step is spent in the attack's.
		const t = pacedStep(plan, T0, QUIET_SECONDS + 1);
		expect(t).toBeCloseTo(plan[1]!.from + plan[1]!.speed, -1);
		expect(t).toBeLessThan(plan[1]!.to);
	});

	it('stops at the end of the window', () => {
		const plan = pacePlan({ from: T0, to: T0 + DAY }, [], HOUR);
		expect(pacedStep(plan, T0, 100)).toBe(T0 + DAY);
		expect(pacedStep(plan, T0 + DAY, 1)).toBe(T0 + DAY);
	});

	it('lands where one long step would, however the time is cut into frames (property)', () => {
		fc.assert(
			fc.property(arbitraryPace, fc.array(fc.double({ min: 0, max: 0.1, noNaN: true }), { minLength: 1, maxLength: 60 }), ({ window, speed, activity }, frames) => {
				const plan = pacePlan(window, activity, speed);
				let t = window.from;
				for (const frame of frames) {
					const next = pacedStep(plan, t, frame);
					expect(next).toBeGreaterThanOrEqual(t);
					expect(next).toBeLessThanOrEqual(window.to);
					t = next;
				}
				const total = frames.reduce((a, b) => a + b, 0);
				expect(Math.abs(t - pacedStep(plan, window.from, total))).toBeLessThanOrEqual(1e-6 * (window.to - window.from) + 1);
			})
		);
	});
});

describe('the seed paced', () => {
	// Review 19: at "1 month per second" the whole period took 40 s, half of it an empty 2018, and
	// each attack under a hundredth of a second.
	it('gives each attack seconds and the whole period less time than at one speed', () => {
		const bounds = scenarioBounds(seed);
		const speed = defaultSpeed(bounds.to - bounds.from);
		const plan = pacePlan(bounds, activitySpans(seed), speed);
		const total = plan.reduce((sum, segment) => sum + seconds(segment), 0);
		expect(total).toBeLessThan((bounds.to - bounds.from) / speed);
		for (const incident of seed.incidents) {
			const start = Date.parse(incident.start);
			const segment = plan.find((s) => start >= s.from && start < s.to)!;
			expect(seconds(segment), incident.id).toBeGreaterThanOrEqual(ACTIVITY_SECONDS - 1e-9);
		}
		// 2018 to mid-2019, with nothing in it, crosses in two seconds.
		const quietest = plan.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
		expect(quietest.to - quietest.from).toBeGreaterThan(365 * DAY);
		expect(seconds(quietest)).toBeCloseTo(QUIET_SECONDS);
	});
});
