import type { DatasetInfo } from '../dataset/dataset-info';
import type { DatasetNotice } from '../dataset/dataset-notice';

/** A dataset the panel lists: kept in IndexedDB, or held for this visit only when it could not be kept. */
export interface ListedDataset {
	info: DatasetInfo;
	kept: boolean;
}

/** Whether this browser lets the page keep datasets: not known until IndexedDB has opened (or refused). */
export type Keeping = 'checking' | 'available' | 'unavailable';

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
