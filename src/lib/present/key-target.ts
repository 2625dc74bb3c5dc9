// Which keydowns the presenter's window-wide shortcuts must leave alone.

/** Elements that take typing or arrow keys for themselves. */
const CONTROLS = 'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="slider"], [role="spinbutton"], [role="combobox"], [role="listbox"], [role="textbox"]';
/** A dialog (an event's details) takes every key: Esc closes it, and nothing behind it may move. */
const DIALOG = 'dialog';
/** Elements that Space (and Enter) activate. */
const ACTIVATED = 'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="switch"], [role="menuitem"], [role="tab"]';

interface MaybeElement {
	closest?: (selector: string) => unknown;
}

/**
 * True when the key belongs to the focused element rather than to the presenter: any key in a form
 * control (a slider's arrows, a select's letters) or in a dialog, and Space on a button or link,
 * which activates it; handling it too would do the action twice.
 */
export function keyBelongsToTarget(target: EventTarget | null, key: string): boolean {
	const element = target as MaybeElement | null;
	if (!element || typeof element.closest !== 'function') return false;
	if (element.closest(CONTROLS) || element.closest(DIALOG)) return true;
	return (key === ' ' || key === 'Enter') && Boolean(element.closest(ACTIVATED));
}
