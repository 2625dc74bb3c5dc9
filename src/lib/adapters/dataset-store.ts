// Datasets kept in IndexedDB (with `idb`): per dataset one record of what the panel lists, and its
// table as a few records: its facts and one per column (stored-table.ts), never a record per event;
// and which dataset is shown. A save writes them all in one transaction, a column at a time (each
// put copies only that column, in a task of its own), so a full disk (a QuotaExceededError aborts
// it) leaves what was stored before exactly as it was. Opened by the page and by the workers that
// read a kept table.
//
// Version 1 kept each table as one Blob of the binary format (store `tables`); such a table is
// still read (and replaced by columns when its dataset is saved again).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { readEventTable } from '../dataset/binary-format';
import type { DatasetInfo } from '../dataset/dataset-info';
import type { EventTable } from '../dataset/event-table';
import { LoadProblemError, loadProblem } from '../dataset/format-error';
import { FACTS, storedColumns, storedFacts, tableFromStored, type StoredPart } from '../dataset/stored-table';

type ColumnKey = [string, StoredPart];

interface Schema extends DBSchema {
	datasets: { key: string; value: DatasetInfo };
	/** Version 1's tables, one Blob each: read, no longer written. */
	tables: { key: string; value: Blob };
	columns: { key: ColumnKey; value: unknown };
	settings: { key: 'shown'; value: string | null };
}

const NAME = 'sahel-timeline-datasets';
const VERSION = 2;

/** Every column record of a dataset: keys [id, part] sort after [id] and before [id, []]. */
const columnsOf = (id: string) => IDBKeyRange.bound([id], [id, []]);

export class DatasetStore {
	private constructor(private readonly db: IDBPDatabase<Schema>) {}

	/** The store, or the browser's refusal (private browsing, site data blocked) as an error. */
	static async open(): Promise<DatasetStore> {
		const db = await openDB<Schema>(NAME, VERSION, {
			upgrade(db, oldVersion) {
				if (oldVersion < 1) {
					db.createObjectStore('datasets', { keyPath: 'id' });
					db.createObjectStore('tables');
					db.createObjectStore('settings');
				}
				if (oldVersion < 2) db.createObjectStore('columns');
			},
			// A page of a newer build wants to upgrade: this connection steps aside rather than block it.
			blocking() {
				db.close();
			}
		});
		return new DatasetStore(db);
	}

	list(): Promise<DatasetInfo[]> {
		return this.db.getAll('datasets');
	}

	/** A kept dataset's table, checked: its column records, or version 1's Blob; progress in bytes read. Throws when it has none or it is damaged. */
	async table(id: string, onProgress?: (read: number) => void): Promise<EventTable> {
		if ((await this.db.count('columns', [id, FACTS])) > 0) {
			return tableFromStored((part) => this.db.get('columns', [id, part]), onProgress);
		}
		const blob = await this.db.get('tables', id);
		if (!blob) throw new LoadProblemError(loadProblem('keptMissing'));
		return readEventTable(blob.stream(), onProgress);
	}

	shown(): Promise<string | null | undefined> {
		return this.db.get('settings', 'shown');
	}

	async setShown(id: string | null): Promise<void> {
		await this.db.put('settings', id, 'shown');
	}

	/** Stores a dataset (or replaces one with its id) with its table, all or nothing. */
	async save(info: DatasetInfo, table: EventTable): Promise<void> {
		const tx = this.db.transaction(['datasets', 'tables', 'columns'], 'readwrite');
		const columns = tx.objectStore('columns');
		await committed(tx, async () => {
			await columns.delete(columnsOf(info.id));
			await tx.objectStore('tables').delete(info.id);
			await columns.put(storedFacts(table), [info.id, FACTS]);
			// One column a request, each awaited: the transaction stays open, and each put's copy is made in a task of its own.
			for (const [part, value] of storedColumns(table)) await columns.put(value, [info.id, part]);
			await tx.objectStore('datasets').put(info);
		});
	}

	async rename(id: string, name: string): Promise<void> {
		const tx = this.db.transaction('datasets', 'readwrite');
		await committed(tx, async () => {
			const info = await tx.store.get(id);
			if (info) await tx.store.put({ ...info, name });
		});
	}

	async remove(id: string): Promise<void> {
		const tx = this.db.transaction(['datasets', 'tables', 'columns'], 'readwrite');
		await committed(tx, () => [tx.objectStore('datasets').delete(id), tx.objectStore('tables').delete(id), tx.objectStore('columns').delete(columnsOf(id))]);
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
