import type { DatasetInfo } from '../dataset/dataset-info';
import type { LoadProblem } from '../dataset/format-error';

/** A dataset the panel lists: kept in IndexedDB, or held for this visit only when it could not be kept. */
export interface ListedDataset {
	info: DatasetInfo;
	kept: boolean;
}

/** Whether this browser lets the page keep datasets: not known until IndexedDB has opened (or refused). */
export type Keeping = 'checking' | 'available' | 'unavailable';

/** What last happened to a dataset that the reader must be told. */
export type DatasetNotice =
	| { code: 'quota'; name: string; bytes: number }
	| { code: 'saveFailed' | 'changeFailed'; name: string; detail: string }
	| { code: 'restoreFailed'; name: string; problem: LoadProblem }
	| { code: 'deleted' | 'renamed'; name: string };

/** The Datasets panel's state: what is kept, what is shown, the space used. Driven by adapters/datasets.ts. */
export class DatasetLibrary {
	datasets = $state.raw<ListedDataset[]>([]);
	/** The dataset on the map, or null (none, or a ?data= table). */
	shown = $state.raw<string | null>(null);
	keeping = $state.raw<Keeping>('checking');
	/** navigator.storage.estimate(), in bytes; null where the browser does not say. */
	space = $state.raw<{ usage: number; quota: number } | null>(null);
	/** Whether the browser granted persistent storage (kept until the reader deletes it); null until asked. */
	persisted = $state.raw<boolean | null>(null);
	notice = $state.raw<DatasetNotice | null>(null);
}
