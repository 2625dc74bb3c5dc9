import { untrack } from 'svelte';

/**
 * A value that follows another one task later. A view the reader does not need first (the side
 * panel's summary, the totals' chart, a timeline's density) reads a new table through one, so the
 * flush that shows the table is the map's, and each such view renders in a task of its own after
 * it (issue 12: no main-thread task over 50 ms when a table arrives). Create during a component's
 * initialisation.
 */
export class Later<T> {
	current = $state.raw<T>() as T;

	constructor(read: () => T) {
		this.current = untrack(read);
		$effect(() => {
			const value = read();
			if (value === untrack(() => this.current)) return;
			const id = setTimeout(() => (this.current = value));
			return () => clearTimeout(id);
		});
	}
}
