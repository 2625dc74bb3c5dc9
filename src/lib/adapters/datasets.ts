// Keeps imported datasets across visits and shows one: saves each import's table in IndexedDB
// (column by column, dataset-store.ts), restores the dataset shown when the page opens, renames and deletes. Where the
// browser refuses IndexedDB, or has no room, a dataset is held in memory for the visit instead and
// the panel says so; what was stored before is never touched by a failed save.
import { tableSpan, type DatasetInfo, type DatasetSource } from '../dataset/dataset-info';
import type { EventTable } from '../dataset/event-table';
import { LoadProblemError, loadProblem, loadProblemOf } from '../dataset/format-error';
import { DatasetLibrary, type ListedDataset } from '../state/dataset-library.svelte';
import type { EventLayer } from '../state/event-layer.svelte';
import { DatasetStore, isQuotaError } from './dataset-store';
import { showPrepared } from './table-arrival';
import { readTableOffThread } from './table-reader';

/** The User Timing measure of restoring the shown dataset, read by bench/dataset-restore.mjs. */
const RESTORE_MEASURE = 'sahel-timeline:dataset-restore';

/** The browser's own words for a refusal, kept as a notice's detail (never its sentence). */
const reason = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
const newId = () => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

export interface Imported {
	table: EventTable;
	/** Bytes the table takes kept. */
	bytes: number;
	fileName: string;
	preset: DatasetSource;
	/** The kept dataset the import updated (upsert), or null for a new one. */
	into: string | null;
}

export class DatasetKeeper {
	readonly library = new DatasetLibrary();
	private store: DatasetStore | null = null;
	/** The tables of datasets held for this visit only (not kept), by id. */
	private readonly inMemory = new Map<string, EventTable>();

	constructor(private readonly events: EventLayer) {}

	/** Opens the store and lists what it keeps; shows the dataset shown last time unless `restore` is false (a ?data= table is asked for). */
	async start(restore: boolean): Promise<void> {
		try {
			this.store = await DatasetStore.open();
			const kept = await this.store.list();
			this.library.datasets = kept.sort((a, b) => b.importedAt - a.importedAt).map((info) => ({ info, kept: true }));
			this.library.keeping = 'available';
		} catch {
			this.store = null;
			this.library.keeping = 'unavailable';
			return;
		}
		void this.measureSpace();
		const shown = restore ? await this.store.shown().catch(() => null) : null;
		if (shown && this.find(shown)) await this.show(shown, true);
	}

	/** The kept or held dataset imported from a file of this name, for the import worker to update by event id. */
	tableOfFile(fileName: string): { id: string; from: { kept: string } | { held: EventTable } } | null {
		const listed = this.library.datasets.find((d) => d.info.fileName === fileName);
		if (!listed) return null;
		const { id } = listed.info;
		if (listed.kept) return this.store ? { id, from: { kept: id } } : null;
		const held = this.inMemory.get(id);
		return held ? { id, from: { held } } : null;
	}

	/** An import's table: shown, listed, and kept if the browser lets it. */
	async imported({ table, bytes, fileName, preset, into }: Imported): Promise<void> {
		const before = into ? this.find(into)?.info : undefined;
		const info: DatasetInfo = {
			id: before?.id ?? newId(),
			name: before?.name ?? table.name,
			fileName,
			preset,
			rows: table.length,
			...tableSpan(table),
			bytes,
			importedAt: Date.now(),
			synthetic: table.synthetic
		};
		const shown = await showPrepared(this.events, fileName, { ...table, name: info.name });
		let kept = false;
		if (this.store) {
			try {
				await this.store.save(info, table);
				kept = true;
				this.inMemory.delete(info.id);
				void this.askToPersist();
			} catch (error) {
				this.library.notice = isQuotaError(error)
					? { code: 'quota', name: info.name, bytes }
					: { code: 'saveFailed', name: info.name, detail: reason(error) };
			}
		}
		if (!kept) this.inMemory.set(info.id, table);
		// An update that could not be kept leaves the kept version listed and stored as it was.
		if (!kept && before && this.find(info.id)?.kept) {
			this.library.shown = null;
			return;
		}
		this.put({ info, kept });
		if (shown) this.markShown(info.id);
		void this.measureSpace();
	}

	/** Puts a dataset's events on the map (from IndexedDB or memory). */
	async show(id: string, restoring = false): Promise<void> {
		const listed = this.find(id);
		if (!listed) return;
		const { name } = listed.info;
		const started = performance.now();
		this.events.started(name);
		try {
			const held = this.inMemory.get(id);
			if (!listed.kept && !held) throw new LoadProblemError(loadProblem('keptMissing'));
			const table = held ?? (await readTableOffThread({ kept: id }, (read) => this.events.progressed(name, read, listed.info.bytes)));
			if (!(await showPrepared(this.events, name, { ...table, name }))) return;
			if (restoring) performance.measure(RESTORE_MEASURE, { start: started, detail: { rows: table.length } });
			this.markShown(id);
		} catch (error) {
			this.events.failed(name, loadProblemOf(error));
			this.library.notice = { code: 'restoreFailed', name, problem: loadProblemOf(error) };
		}
	}

	hide(): void {
		this.events.cleared();
		this.markShown(null);
	}

	async rename(id: string, name: string): Promise<void> {
		const listed = this.find(id);
		if (!listed) return;
		try {
			if (listed.kept) await this.store?.rename(id, name);
			this.put({ ...listed, info: { ...listed.info, name } });
			if (this.library.shown === id) this.events.renamed(name);
			this.library.notice = { code: 'renamed', name };
		} catch (error) {
			this.library.notice = { code: 'renameFailed', name: listed.info.name, detail: reason(error) };
		}
	}

	async remove(id: string): Promise<void> {
		const listed = this.find(id);
		if (!listed) return;
		try {
			if (listed.kept) await this.store?.remove(id);
			this.inMemory.delete(id);
			this.library.datasets = this.library.datasets.filter((d) => d.info.id !== id);
			if (this.library.shown === id) this.hide();
			this.library.notice = { code: 'deleted', name: listed.info.name };
			void this.measureSpace();
		} catch (error) {
			this.library.notice = { code: 'deleteFailed', name: listed.info.name, detail: reason(error) };
		}
	}

	/** A table from ?data= replaced the shown dataset. */
	leftForUrl(): void {
		this.library.shown = null;
	}

	private find(id: string): ListedDataset | undefined {
		return this.library.datasets.find((d) => d.info.id === id);
	}

	/** Lists a dataset first, replacing any with its id. */
	private put(dataset: ListedDataset): void {
		this.library.datasets = [dataset, ...this.library.datasets.filter((d) => d.info.id !== dataset.info.id)];
	}

	/** Which dataset is shown, remembered for the next visit only if it is kept. */
	private markShown(id: string | null): void {
		this.library.shown = id;
		const kept = id === null || this.find(id)?.kept;
		void this.store?.setShown(kept ? id : null).catch(() => undefined);
	}

	private async measureSpace(): Promise<void> {
		try {
			const { usage, quota } = (await navigator.storage?.estimate?.()) ?? {};
			this.library.space = usage !== undefined && quota !== undefined ? { usage, quota } : null;
		} catch {
			this.library.space = null;
		}
	}

	/** Asks the browser to keep the data until the reader deletes it (it may say no: then it may clear it when short of space). */
	private async askToPersist(): Promise<void> {
		if (this.library.persisted) return;
		try {
			this.library.persisted = (await navigator.storage?.persist?.()) ?? null;
		} catch {
			this.library.persisted = null;
		}
	}
}
