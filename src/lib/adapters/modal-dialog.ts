// A <dialog> that is in the page only while it is open: shown modal when it mounts; closed by Esc
// or a close button, it tells its owner (who unmounts it), and the focus goes back where it was
// (a table's cell, the map), or to the button it belongs to when a shortcut key opened it, whichever
// way it closed.
import type { Attachment } from 'svelte/attachments';

/**
 * `{#if open}<dialog {@attach modalDialog(() => (open = false))}>`. `initialFocus` names the element
 * to focus once open (a grid's cell), instead of the first one that takes focus; `opener` is the
 * dialog's button, which takes the focus back even when a key opened the dialog from elsewhere.
 */
export function modalDialog(onclose: () => void, initialFocus?: string, opener?: () => HTMLElement | undefined): Attachment<HTMLDialogElement> {
	return (dialog) => {
		const active = document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement ? document.activeElement : null;
		const returnTo = opener?.() ?? active;
		dialog.addEventListener('close', onclose);
		dialog.showModal();
		if (initialFocus) dialog.querySelector<HTMLElement>(initialFocus)?.focus();
		return () => {
			dialog.removeEventListener('close', onclose);
			if (dialog.open) dialog.close();
			if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
		};
	};
}
