// Reads ?data= for a page and, when it names an event table the page may fetch, starts loading it
// (the loader is imported only then). A refused value's reason is returned for the page to report.
import { allowedDataOrigins, dataParam } from '../url/data-param';
import { readParam } from '../url/params';
import type { EventLayer } from '../state/event-layer.svelte';
import { holdOfflineCacheFor } from './offline-cache';

/** Starts loading the table ?data= names; returns why a bad value was refused (in English, for logs), else null. */
export function followDataParam(events: EventLayer, search: URLSearchParams, pageOrigin: string): string | null {
	const read = readParam(search, dataParam(pageOrigin, allowedDataOrigins(import.meta.env.VITE_DATA_ORIGINS)));
	if (read === null) return null;
	if (!read.ok) return read.problem;
	holdOfflineCacheFor(import('./event-data').then(({ loadEventData }) => loadEventData(events, read.value)));
	return null;
}
