import { describe, expect, it } from 'vitest';
import { talkStartedAt, type StartStore } from './talk-start';

function memory(): StartStore & { items: Map<string, string> } {
	const items = new Map<string, string>();
	return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('talkStartedAt', () => {
	it('starts the talk now and keeps that start across reloads of the same tab', () => {
		const store = memory();
		expect(talkStartedAt(store, 'sahel-2017-2020', 1_000)).toBe(1_000);
		expect(talkStartedAt(store, 'sahel-2017-2020', 61_000)).toBe(1_000);
	});

	it('keeps one start per story', () => {
		const store = memory();
		talkStartedAt(store, 'sahel-2017-2020', 1_000);
		expect(talkStartedAt(store, 'another-story', 5_000)).toBe(5_000);
	});

	it.each(['', 'yesterday', '-5', '99999999'])('replaces a stored %o that is not a past instant', (stored) => {
		const store = memory();
		store.items.set('sahel-timeline-talk-started:sahel-2017-2020', stored);
		expect(talkStartedAt(store, 'sahel-2017-2020', 2_000)).toBe(2_000);
		expect(store.items.get('sahel-timeline-talk-started:sahel-2017-2020')).toBe('2000');
	});

	it('starts now without storage, or when storage throws', () => {
		expect(talkStartedAt(null, 'sahel-2017-2020', 3_000)).toBe(3_000);
		const blocked: StartStore = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('SecurityError');
			}
		};
		expect(talkStartedAt(blocked, 'sahel-2017-2020', 3_000)).toBe(3_000);
	});
});
