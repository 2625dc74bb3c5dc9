// The event table at a URL, fetched and decoded as it streams in. Run in the data worker
// (event-data.worker.ts), so the page's main thread neither copies nor decodes the file.
import { readEventTable } from '../dataset/binary-format';
import type { EventTable } from '../dataset/event-table';
import { LoadProblemError, loadProblem } from '../dataset/format-error';

/** Bytes read so far, and the file's size when the server says it. */
export type LoadProgress = (read: number, total: number | null) => void;

export async function fetchEventTable(url: string, onProgress: LoadProgress, fetcher: typeof fetch = fetch): Promise<EventTable> {
	const failed = (code: 'network' | 'noBody' | 'httpStatus', values = {}) => new LoadProblemError(loadProblem(code, values));
	const response = await fetcher(url).catch(() => {
		throw failed('network');
	});
	// The status alone: its text ("Not Found") is the server's, in English whatever the page's language.
	if (!response.ok) throw failed('httpStatus', { status: response.status });
	if (!response.body) throw failed('noBody');
	const length = Number(response.headers.get('content-length'));
	const total = Number.isFinite(length) && length > 0 ? length : null;
	try {
		return await readEventTable(response.body, (read) => onProgress(read, total));
	} catch (error) {
		// A stream that breaks off is the network's doing (fetch's TypeError); a bad file says why.
		throw error instanceof TypeError ? failed('network') : error;
	}
}
