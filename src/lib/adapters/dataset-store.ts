// Datasets kept in IndexedDB (with `idb`): per dataset one record of what the panel lists and one
// Blob of its table in the binary format (its columns as they are, never a record per event), and
// which dataset is shown. A save writes both records in one transaction, so a full disk (a
// QuotaExceededError aborts it) leaves what was stored before exactly as it was.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DatasetInfo } from '../dataset/dataset-info';

interface Schema extends DBSchema {
	datasets: { key: string; value: DatasetInfo };
	tables: { key: string; value: Blob };
	settings: { key: 'shown'; value: string | null };
}

const NAME = 'sahel-timeline-datasets';
const VERSION = 1;

export class DatasetStore {
	private constructor(private readonly db: IDBPDatabase<Schema>) {}

	/** The store, or the browser's refusal (private browsing, site data blocked) as an error. */
	static async open(): Promise<DatasetStore> {
		const db = await openDB<Schema>(NAME, VERSION, {
			upgrade(db) {
				db.createObjectStore('datasets', { keyPath: 'id' });
				db.createObjectStore('tables');
				db.createObjectStore('settings');
			}
		});
		return new DatasetStore(db);
	}

	list(): Promise<DatasetInfo[]> {
		return this.db.getAll('datasets');
	}

	table(id: string): Promise<Blob | undefined> {
		return this.db.get('tables', id);
	}

	shown(): Promise<string | null | undefined> {
		return this.db.get('settings', 'shown');
	}

	async setShown(id: string | null): Promise<void> {
		await this.db.put('settings', id, 'shown');
	}

	/** Stores a dataset (or replaces one with its id) with its table, all or nothing. */
	async save(info: DatasetInfo, table: Blob): Promise<void> {
		const tx = this.db.transaction(['datasets', 'tables'], 'readwrite');
		await committed(tx, () => [tx.objectStore('tables').put(table, info.id), tx.objectStore('datasets').put(info)]);
	}

	async rename(id: string, name: string): Promise<void> {
		const tx = this.db.transaction('datasets', 'readwrite');
		await committed(tx, async () => {
			const info = await tx.store.get(id);
			if (info) await tx.store.put({ ...info, name });
		});
	}

	async remove(id: string): Promise<void> {
		const tx = this.db.transaction(['datasets', 'tables'], 'readwrite');
		await committed(tx, () => [tx.objectStore('datasets').delete(id), tx.objectStore('tables').delete(id)]);
	}
}

/**
 * Waits for a transaction's requests and its commit. Any failure (a request's error, or a put that
 * throws before its request exists) aborts it, so nothing of it is kept, and is thrown on.
 */
async function committed(tx: { done: Promise<void>; abort(): void }, requests: () => Promise<unknown> | Promise<unknown>[]): Promise<void> {
	// Heard at once: a put that throws leaves tx.done to reject with the abort, unheard otherwise.
	tx.done.catch(() => undefined);
	try {
		await Promise.all([tx.done, ...[requests()].flat()]);
	} catch (error) {
		try {
			tx.abort();
		} catch {
			// already aborted by the failure itself
		}
		throw error;
	}
}

/** Whether an error is the browser saying it has no room left. */
export function isQuotaError(error: unknown): boolean {
	return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}
