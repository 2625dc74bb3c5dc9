// The event table at a URL, fetched and decoded as it streams in. Run in the data worker
// (event-data.worker.ts), so the page's main thread neither copies nor decodes the file.
import { readEventTable } from '../dataset/binary-format';
import type { EventTable } from '../dataset/event-table';

/** Bytes read so far, and the file's size when the server says it. */
export type LoadProgress = (read: number, total: number | null) => void;

export async function fetchEventTable(url: string, onProgress: LoadProgress, fetcher: typeof fetch = fetch): Promise<EventTable> {
	const response = await fetcher(url);
	if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
	if (!response.body) throw new Error('the response has no body');
	const length = Number(response.headers.get('content-length'));
	const total = Number.isFinite(length) && length > 0 ? length : null;
	return readEventTable(response.body, (read) => onProgress(read, total));
}
