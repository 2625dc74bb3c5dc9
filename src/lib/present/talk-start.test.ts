import { describe, expect, it } from 'vitest';
import { talkStartedAt, type StartStore } from './talk-start';

function memory(): StartStore & { items: Map<string, string> } {
	const items = new Map<string, string>();
	return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const KEY = 'sahel-timeline-talk-started:sahel-2017-2020';

describe('talkStartedAt', () => {
	it('starts the talk now and keeps that start across reloads of the same tab', () => {
		const store = memory();
		expect(talkStartedAt(() => store, 'sahel-2017-2020', 1_000)).toEqual({ at: 1_000, kept: true });
		expect(talkStartedAt(() => store, 'sahel-2017-2020', 61_000)).toEqual({ at: 1_000, kept: true });
	});

	it('keeps one start per story', () => {
		const store = memory();
		talkStartedAt(() => store, 'sahel-2017-2020', 1_000);
		expect(talkStartedAt(() => store, 'another-story', 5_000).at).toBe(5_000);
	});

	// ' 1 ' was once read as 1 ms after 1970, a talk 50 years long (review D10).
	it.each(['', 'yesterday', '-5', '0', '99999999', ' 1 ', '1e3', '0x10', '1.5', 'NaN', 'Infinity', '<b>1</b>', '9'.repeat(400)])(
		'replaces a stored %o that is not a past instant written by the app',
		(stored) => {
			const store = memory();
			store.items.set(KEY, stored);
			expect(talkStartedAt(() => store, 'sahel-2017-2020', 2_000)).toEqual({ at: 2_000, kept: true });
			expect(store.items.get(KEY)).toBe('2000');
		}
	);

	it('starts now, not kept, without storage', () => {
		expect(talkStartedAt(() => null, 'sahel-2017-2020', 3_000)).toEqual({ at: 3_000, kept: false });
	});

	// Reading window.sessionStorage itself throws where site data is refused; it once blanked /present (review D1).
	it('starts now, not kept, when reaching the storage, reading or writing it throws', () => {
		const denied = () => {
			throw new DOMException('Access is denied for this document.', 'SecurityError');
		};
		expect(talkStartedAt(denied, 'sahel-2017-2020', 3_000)).toEqual({ at: 3_000, kept: false });
		const full: StartStore = {
			getItem: () => null,
			setItem: () => {
				throw new DOMException('quota', 'QuotaExceededError');
			}
		};
		expect(talkStartedAt(() => full, 'sahel-2017-2020', 3_000)).toEqual({ at: 3_000, kept: false });
	});
});
