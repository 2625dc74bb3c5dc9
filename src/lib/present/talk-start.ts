/** The part of sessionStorage the talk's clock uses, so tests can pass a Map. */
export interface StartStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

/** When the talk began, and whether the tab's storage now holds it (false: a reload restarts the clock). */
export interface TalkStart {
	at: number;
	kept: boolean;
}

/** Epoch ms as this module writes them; " 1 ", "1e3" or "0x10" are not (Number() would read them). */
const STORED = /^[1-9]\d{0,15}$/;

/**
 * When this talk began: kept in the tab's session storage, so reloading the presenter window
 * mid-talk does not reset the notes window's elapsed time; a new tab starts a new talk.
 * `store` is a getter because merely reading `window.sessionStorage` throws where the browser
 * refuses site data (blocked cookies, a sandboxed frame). Without storage the talk starts now.
 */
export function talkStartedAt(store: () => StartStore | null, scenarioId: string, now: number): TalkStart {
	const key = `sahel-timeline-talk-started:${scenarioId}`;
	try {
		const storage = store();
		if (storage === null) return { at: now, kept: false };
		const stored = storage.getItem(key) ?? '';
		const at = STORED.test(stored) ? Number(stored) : Number.NaN;
		if (at <= now) return { at, kept: true };
		storage.setItem(key, String(now));
		return { at: now, kept: true };
	} catch {
		// Blocked or full: the talk starts now, and the presenter is told it will not survive a reload.
		return { at: now, kept: false };
	}
}
