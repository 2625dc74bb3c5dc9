import { describe, expect, it } from 'vitest';
import { keyBelongsToTarget } from './key-target';

/** An element as far as closest() goes: it matches the selectors of its own kind and its ancestors'. */
function element(...kinds: string[]) {
	return {
		closest: (selector: string) => (selector.split(',').some((s) => kinds.includes(s.trim())) ? {} : null)
	};
}

describe('keyBelongsToTarget', () => {
	it.each([
		['input', 'ArrowRight'],
		['select', 'p'],
		['textarea', ' '],
		['[role="slider"]', 'PageDown'],
		['[role="slider"]', 'Home']
	])('a %s keeps %o', (kind, key) => {
		expect(keyBelongsToTarget(element(kind) as unknown as EventTarget, key)).toBe(true);
	});

	it.each(['Escape', 'ArrowRight', 'PageDown', 'Home'])('anything in a dialog keeps %o (Esc closes the dialog, not the presentation)', (key) => {
		expect(keyBelongsToTarget(element('button', 'dialog') as unknown as EventTarget, key)).toBe(true);
		expect(keyBelongsToTarget(element('a[href]', 'dialog') as unknown as EventTarget, key)).toBe(true);
	});

	it.each([' ', 'Enter'])('a button keeps %o, which activates it', (key) => {
		expect(keyBelongsToTarget(element('button') as unknown as EventTarget, key)).toBe(true);
		expect(keyBelongsToTarget(element('a[href]') as unknown as EventTarget, key)).toBe(true);
	});

	it.each(['ArrowRight', 'PageDown', 'n', 'Escape'])('a button leaves %o to the presenter', (key) => {
		expect(keyBelongsToTarget(element('button') as unknown as EventTarget, key)).toBe(false);
	});

	it('the page itself, the map and non-elements leave every key to the presenter', () => {
		expect(keyBelongsToTarget(element('body') as unknown as EventTarget, ' ')).toBe(false);
		expect(keyBelongsToTarget(element('svg') as unknown as EventTarget, 'PageDown')).toBe(false);
		expect(keyBelongsToTarget(null, ' ')).toBe(false);
		expect(keyBelongsToTarget({} as EventTarget, ' ')).toBe(false);
	});
});
