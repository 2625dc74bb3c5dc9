/** The part of sessionStorage the talk's clock uses, so tests can pass a Map. */
export interface StartStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

/**
 * When this talk began: kept in the tab's session storage, so reloading the presenter window
 * mid-talk does not reset the notes window's elapsed time; a new tab starts a new talk.
 * Without storage (prerendering, storage blocked) the talk starts now.
 */
export function talkStartedAt(store: StartStore | null, scenarioId: string, now: number): number {
	const key = `sahel-timeline-talk-started:${scenarioId}`;
	try {
		const stored = Number(store?.getItem(key) ?? Number.NaN);
		if (Number.isFinite(stored) && stored > 0 && stored <= now) return stored;
		store?.setItem(key, String(now));
	} catch {
		// Storage can throw when blocked; the talk then starts now.
	}
	return now;
}
