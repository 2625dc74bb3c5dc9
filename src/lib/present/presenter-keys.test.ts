import { describe, expect, it } from 'vitest';
import { presenterKeyAction, presenterKeyFor } from './presenter-keys';

// Only what a presenter relies on beyond the key table itself: Shift and Caps Lock do not
// disable a letter, browser shortcuts stay the browser's, and odd key names never act.
describe('presenterKeyAction', () => {
	const letters = [...'abcdefghijklmnopqrstuvwxyz'];

	it('treats a letter the same with Shift or Caps Lock on', () => {
		for (const letter of letters) expect(presenterKeyAction(letter.toUpperCase()), letter).toBe(presenterKeyAction(letter));
		// Not vacuous: the play, full-screen, notes, chapters and black-out letters do act.
		expect(['p', 'f', 'n', 'c', 'b'].map((letter) => presenterKeyAction(letter.toUpperCase()))).not.toContain(null);
	});

	it('blacks the screen out with B or a clicker’s full stop', () => {
		expect(presenterKeyAction('b')).toBe('blackout');
		expect(presenterKeyAction('.')).toBe('blackout');
	});

	it.each([
		['Ctrl+F (find)', 'f'],
		['Cmd+P (print)', 'p'],
		['Ctrl+N (new window)', 'n'],
		['Alt+← (back)', 'ArrowLeft'],
		['Ctrl+Space', ' '],
		['Ctrl+End', 'End']
	])('leaves %s to the browser', (_, key) => {
		expect(presenterKeyAction(key), 'acts without the modifier').not.toBeNull();
		expect(presenterKeyAction(key, true)).toBeNull();
	});

	it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '', 'Dead', 'Unidentified'])(
		'does nothing for %o',
		(key) => {
			expect(presenterKeyAction(key)).toBeNull();
		}
	);
});

describe('presenterKeyFor', () => {
	const keydown = (key: string, more: { target?: EventTarget | null; defaultPrevented?: boolean; ctrlKey?: boolean } = {}) => ({
		key,
		target: null,
		defaultPrevented: false,
		ctrlKey: false,
		metaKey: false,
		altKey: false,
		...more
	});
	const slider = { closest: (selector: string) => (selector.includes('[role="slider"]') ? {} : null) } as unknown as EventTarget;

	it('acts on a key no one else took', () => {
		expect(presenterKeyFor(keydown('ArrowRight'))).toBe('next');
	});

	it.each([
		['already handled', keydown('ArrowRight', { defaultPrevented: true })],
		['a focused slider’s own arrow', keydown('ArrowRight', { target: slider })],
		['a browser shortcut', keydown('f', { ctrlKey: true })]
	])('leaves %s alone', (_, event) => {
		expect(presenterKeyFor(event)).toBeNull();
	});
});
