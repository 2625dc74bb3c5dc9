import { replaceState } from '$app/navigation';
import { page } from '$app/state';

/**
 * Replaces the current history entry with `edit(current URL)`, a task later: SvelteKit's router
 * takes history only once hydration has finished, and a component's first effects run before
 * that. Returns a cancel, for an effect's teardown.
 */
export function replaceAfterHydration(edit: (current: URL) => string | URL): () => void {
	const timer = setTimeout(() => replaceState(edit(new URL(location.href)), page.state));
	return () => clearTimeout(timer);
}
