// Reads ?data= for a page and, when it names an event table the page may fetch, starts loading it
// (the loader is imported only then). A refused value's reason is returned for the page to report,
// and a table that fails to load is said with the page's notices (failedTableNotice).
import { allowedDataOrigins, dataParam } from '../url/data-param';
import { readParam } from '../url/params';
import type { EventLayer } from '../state/event-layer.svelte';
import type { Lang } from '../i18n/messages';
import { holdOfflineCacheFor } from './offline-cache';

/** What a page's ?data= started. */
export interface DataParamLoad {
	/** Why a bad value was refused (in English, for logs), or null. */
	refused: string | null;
	/** Resolves once the table it asked for has loaded or failed; null when none is loading. */
	arrival: Promise<void> | null;
}

/** Starts loading the table ?data= names, if the page may fetch it. */
export function followDataParam(events: EventLayer, search: URLSearchParams, pageOrigin: string): DataParamLoad {
	const read = readParam(search, dataParam(pageOrigin, allowedDataOrigins(import.meta.env.VITE_DATA_ORIGINS)));
	if (read === null) return { refused: null, arrival: null };
	if (!read.ok) return { refused: read.problem, arrival: null };
	const arrival = events.nextArrival();
	holdOfflineCacheFor(import('./event-data').then(({ loadEventData }) => loadEventData(events, read.value)));
	return { refused: null, arrival };
}

/**
 * Once the table `arrival` (followDataParam's) waits for has loaded or failed: the reader's notice, in their language,
 * if it failed (null if it loaded). A page shows it with its other notices, so a reader who never
 * opens the Data tab still learns the events are missing (its text loads only then).
 */
export async function failedTableNotice(events: EventLayer, arrival: Promise<void>, lang: () => Lang): Promise<string | null> {
	await arrival;
	const status = events.status;
	if (status.phase !== 'failed') return null;
	const { failedLinkTableText } = await import('../dataset/load-problem-text');
	return failedLinkTableText(status.url, status.reason, lang());
}
