import { getContext, setContext } from 'svelte';
import { eventDeathsOf } from '../casualties/event-deaths';
import type { EventIndex } from '../dataset/event-index';
import type { EventFilter } from '../dataset/event-filter';
import type { EventTable } from '../dataset/event-table';
import type { LoadProblem } from '../dataset/format-error';
import type { RasterPalette } from '../scene/raster-paint';

/** Where loading an event table stands; the story works whatever it is. */
export type EventLoadStatus =
	| { phase: 'none' }
	| { phase: 'loading'; url: string; bytesRead: number; bytesTotal: number | null }
	| { phase: 'ready'; url: string }
	| { phase: 'failed'; url: string; reason: LoadProblem };

/** The events drawn under the story: a table (or none), the reader's filter, and how its loading went. */
export class EventLayer {
	/** The table as loaded, and its index; `table` is the rows of it the filter keeps. */
	source = $state.raw<{ table: EventTable; index: EventIndex } | null>(null);
	/** The reader's filter, or null for every event. (Type imports only: the embed's first load carries no dataset code.) */
	filter = $state.raw<EventFilter | null>(null);
	/** Raw: a table holds millions of numbers in typed arrays; nothing inside it is reactive. */
	table = $state.raw<EventTable | null>(null);
	status = $state.raw<EventLoadStatus>({ phase: 'none' });
	/** Built once per table by the loader (time ranges, ids, picking), so pages without events never load it. */
	index = $state.raw<EventIndex | null>(null);
	/** How the map draws the events now (dots, or a density raster and its steps), for the legend; set by the map. */
	drawnWith = $state.raw<{ density: boolean; palette: RasterPalette } | null>(null);
	/** The table's deaths as running totals, kept apart from the story's; built on first read, once per table. */
	deaths = $derived(this.table ? eventDeathsOf(this.table) : null);
	/** The row whose details are open (picked on the map or chosen in the table), or null. */
	details = $state<number | null>(null);
	/** Waiting for the next table to load or fail (nextArrival). */
	#arrivals: (() => void)[] = [];

	/** Resolves once the next table has loaded or failed: a page waits for the table its URL asked for. */
	nextArrival(): Promise<void> {
		return new Promise((resolve) => this.#arrivals.push(resolve));
	}

	started(url: string): void {
		this.status = { phase: 'loading', url, bytesRead: 0, bytesTotal: null };
	}

	progressed(url: string, bytesRead: number, bytesTotal: number | null): void {
		if (this.status.phase === 'loading' && this.status.url === url) this.status = { phase: 'loading', url, bytesRead, bytesTotal };
	}

	/** A new table replaces the old one only once it has loaded: a failed load loses nothing. */
	loaded(url: string, table: EventTable, index: EventIndex): void {
		this.source = { table, index };
		this.showFiltered();
		this.status = { phase: 'ready', url };
		this.#arrived();
	}

	/** A new filter (null: none): every view of the events (map, density, totals, table) follows the rows it keeps. */
	setFilter(filter: EventFilter | null): void {
		this.filter = filter;
		if (this.source) this.showFiltered();
	}

	renamed(name: string): void {
		if (!this.source || !this.table) return;
		this.source = { ...this.source, table: { ...this.source.table, name } };
		this.table = { ...this.table, name };
	}

	private showFiltered(): void {
		const { table, index } = this.source!;
		const shown = this.filter ? index.filtered(this.filter) : index;
		// The source's name, which a rename may have changed since the index was built.
		this.table = this.filter ? { ...shown.table, name: table.name } : table;
		this.index = shown;
		this.details = null;
	}

	/** No events drawn: the story alone. */
	cleared(): void {
		this.source = null;
		this.table = null;
		this.index = null;
		this.details = null;
		this.status = { phase: 'none' };
	}

	/** Why, as a problem the page says in the reader's language (and again in another if it changes). */
	failed(url: string, reason: LoadProblem): void {
		this.status = { phase: 'failed', url, reason };
		this.#arrived();
	}

	#arrived(): void {
		for (const resolve of this.#arrivals.splice(0)) resolve();
	}
}

const key = Symbol('event-layer');

export function setEventLayer(layer: EventLayer): EventLayer {
	return setContext(key, layer);
}

export function getEventLayer(): EventLayer {
	return getContext<EventLayer>(key);
}
