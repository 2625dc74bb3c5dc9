import { keyBelongsToTarget } from './key-target';

export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'play-pause' | 'fullscreen' | 'notes' | 'leave' | 'chapters' | 'blackout' | 'export';

/**
 * By KeyboardEvent.key. Presentation clickers send PageDown/PageUp (some send the arrows); their
 * blank-screen button sends B or the full stop, PowerPoint's keys for a black screen.
 */
const ACTIONS = new Map<string, PresenterAction>([
	['ArrowRight', 'next'],
	[' ', 'next'],
	['PageDown', 'next'],
	['ArrowLeft', 'previous'],
	['PageUp', 'previous'],
	['Home', 'first'],
	['End', 'last'],
	['p', 'play-pause'],
	['f', 'fullscreen'],
	['n', 'notes'],
	['c', 'chapters'],
	['b', 'blackout'],
	['.', 'blackout'],
	['e', 'export'],
	['Escape', 'leave']
]);

/**
 * The presenter's action for a key, or null. With Ctrl, Meta or Alt held the key is left to
 * the browser (Ctrl+F finds, Alt+← goes back, Cmd+P prints). Letters match either case, so
 * Caps Lock or Shift does not disable them.
 */
export function presenterKeyAction(key: string, modified = false): PresenterAction | null {
	if (modified) return null;
	return ACTIONS.get(key.length === 1 ? key.toLowerCase() : key) ?? null;
}

/** What presenterKeyFor reads of a KeyboardEvent. */
export interface PresenterKeyEvent {
	key: string;
	target: EventTarget | null;
	defaultPrevented: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
}

/**
 * The action for a keydown anywhere in the presenter's or the notes' window, or null when it is
 * not the presenter's: already handled, or the focused control's own (see keyBelongsToTarget).
 */
export function presenterKeyFor(event: PresenterKeyEvent): PresenterAction | null {
	if (event.defaultPrevented || keyBelongsToTarget(event.target, event.key)) return null;
	return presenterKeyAction(event.key, event.ctrlKey || event.metaKey || event.altKey);
}
