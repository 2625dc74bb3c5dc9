// Queries over one EventTable, built once per table: time prefixes and windows by binary search
// on the sorted starts, picking through a k-d tree over lon/lat, category lists and histograms.
// Lookups that cost memory (ids, categories, the tree) are built on first use.
import KDBush from 'kdbush';
import { greatCircleKm } from '../geo/distance';
import { EARTH_RADIUS_KM } from '../geo/lonlat';
import type { TimeWindow } from '../time/time-window';
import { stringAt, type EventTable } from './event-table';
import { filterRows, subsetTable, type EventFilter } from './event-filter';
import type { GeoBox } from '../geo/geo-box';


/** The data's bounds: earliest start to latest end (epoch ms), and the box of every point. */
export interface Extent extends GeoBox {
	from: number;
	to: number;
}

/** Events starting in each of `counts.length` equal bins of a window. */
export interface TimeBins {
	counts: Uint32Array;
	/** The sum of the reported fatalities in each bin (events without a figure add nothing). */
	fatalities: Float64Array;
	/** How many events in each bin have a fatality figure: 0 means "none reported", not 0 killed. */
	reported: Uint32Array;
}

const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;
const RADIANS = Math.PI / 180;

/** Rows of each dictionary code, ascending, in one array: code c's rows are rows[starts[c]…starts[c + 1]). */
interface Postings {
	starts: Uint32Array;
	rows: Uint32Array;
}

/** Postings of a code column, or of two (actor1 and actor2: a row is listed once per actor). */
function postings(size: number, first: Uint16Array, second?: Uint16Array): Postings {
	const each = (visit: (code: number, row: number) => void) => {
		for (let r = 0; r < first.length; r++) {
			visit(first[r]!, r);
			if (second && second[r] !== first[r]) visit(second[r]!, r);
		}
	};
	const starts = new Uint32Array(size + 1);
	each((code) => starts[code + 1]!++);
	for (let c = 0; c < size; c++) starts[c + 1]! += starts[c]!;
	const next = starts.slice(0, size);
	const rows = new Uint32Array(starts[size]!);
	each((code, r) => (rows[next[code]!++] = r));
	return { starts, rows };
}

export class EventIndex {
	/** The longest span (end − start) of any event: how far back an event still in progress may start. */
	readonly maxDuration: number;
	private ids: Map<string, number> | undefined;
	private byEventType: Postings | undefined;
	private byActor: Postings | undefined;
	private spatial: KDBush | undefined;
	private bounds: Extent | null | undefined;

	/**
	 * The rows the filter keeps as a table of their own, with its index: what the page shows when the
	 * reader filters. A method here so the event layer, on every page, need not load this module.
	 */
	filtered(filter: EventFilter): EventIndex {
		return new EventIndex(subsetTable(this.table, filterRows(this.table, filter)));
	}

	constructor(readonly table: EventTable) {
		let longest = 0;
		for (let r = 0; r < table.length; r++) longest = Math.max(longest, table.end[r]! - table.start[r]!);
		this.maxDuration = longest;
	}

	/** How many events have started by t (start ≤ t): they are rows 0 … countUpTo(t) − 1. */
	countUpTo(t: number): number {
		const { start, length } = this.table;
		let lo = 0;
		let hi = length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (start[mid]! <= t) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** How many events start before t (start < t). */
	countBefore(t: number): number {
		const { start, length } = this.table;
		let lo = 0;
		let hi = length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (start[mid]! < t) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/**
	 * Rows lo … hi − 1 hold every event overlapping [from, to], with some that ended before `from`
	 * (end < from) to skip: for drawing without allocating. O(log N).
	 */
	candidates(from: number, to: number): [lo: number, hi: number] {
		return [this.countBefore(from - this.maxDuration), this.countUpTo(to)];
	}

	/** The rows whose span [start, end] overlaps [from, to], ascending. */
	rangeIn(from: number, to: number): Uint32Array {
		const [lo, hi] = this.candidates(from, to);
		const { end } = this.table;
		let n = 0;
		for (let r = lo; r < hi; r++) if (end[r]! >= from) n++;
		const rows = new Uint32Array(n);
		n = 0;
		for (let r = lo; r < hi; r++) if (end[r]! >= from) rows[n++] = r;
		return rows;
	}

	/** The row of the event with this id (the first, should a source repeat one). */
	rowById(id: string): number | undefined {
		if (!this.ids) {
			this.ids = new Map();
			for (let r = 0; r < this.table.length; r++) {
				const key = stringAt(this.table.id, r);
				if (!this.ids.has(key)) this.ids.set(key, r);
			}
		}
		return this.ids.get(id);
	}

	/** The rows of an event type, ascending (a view into the index: do not write to it); empty for a type the table lacks. */
	rowsOfEventType(name: string): Uint32Array {
		const { eventTypes } = this.table.dictionaries;
		this.byEventType ??= postings(eventTypes.length, this.table.eventType);
		return this.rowsOf(this.byEventType, eventTypes.indexOf(name));
	}

	/** The rows where an actor is either side, ascending, each once (a view, as above). */
	rowsOfActor(name: string): Uint32Array {
		const { actor1, actor2, dictionaries } = this.table;
		this.byActor ??= postings(dictionaries.actors.length, actor1, actor2);
		return this.rowsOf(this.byActor, dictionaries.actors.indexOf(name));
	}

	/** Time and space bounds of the whole table; null when it is empty. */
	extent(): Extent | null {
		if (this.bounds !== undefined) return this.bounds;
		const { length, start, end, lon, lat } = this.table;
		if (length === 0) return (this.bounds = null);
		const b: Extent = { from: start[0]!, to: -Infinity, west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
		for (let r = 0; r < length; r++) {
			b.to = Math.max(b.to, end[r]!);
			b.west = Math.min(b.west, lon[r]!);
			b.east = Math.max(b.east, lon[r]!);
			b.south = Math.min(b.south, lat[r]!);
			b.north = Math.max(b.north, lat[r]!);
		}
		return (this.bounds = b);
	}

	/**
	 * The event nearest to a point by great-circle distance, within `radiusKm` kilometres (not
	 * degrees: a degree of longitude shrinks with latitude), among the rows `accept` allows (for
	 * example those shown at the clock's time). Equal distances go to the earlier row.
	 */
	nearest(lon: number, lat: number, radiusKm: number, accept?: (row: number) => boolean): number | undefined {
		const dLat = radiusKm / KM_PER_DEGREE;
		// A degree of longitude is shortest at the box's edge furthest from the equator.
		const widest = Math.min(90, Math.abs(lat) + dLat);
		const dLon = widest >= 90 ? 180 : dLat / Math.cos(widest * RADIANS);
		let best: number | undefined;
		let bestKm = Infinity;
		for (const row of this.candidatesIn(lon - dLon, lat - dLat, lon + dLon, lat + dLat)) {
			const km = greatCircleKm([lon, lat], [this.table.lon[row]!, this.table.lat[row]!]);
			if (km > radiusKm || (accept && !accept(row))) continue;
			if (km < bestKm || (km === bestKm && row < best!)) {
				best = row;
				bestKm = km;
			}
		}
		return best;
	}

	/** The rows inside a box (edges included), ascending. */
	within(box: GeoBox): Uint32Array {
		return Uint32Array.from(this.candidatesIn(box.west, box.south, box.east, box.north)).sort();
	}

	/**
	 * Events starting in each of `count` equal bins of the window: bin k holds starts in
	 * [from + (to − from)·k/count, from + (to − from)·(k + 1)/count), and the last bin also `to`.
	 * O(count · log N + events in the window).
	 */
	timeBins(window: TimeWindow, count: number): TimeBins {
		if (!Number.isInteger(count) || count < 1) throw new RangeError(`timeBins needs a whole number of bins ≥ 1, not ${count}`);
		if (!(window.to > window.from)) throw new RangeError(`timeBins needs a window with from < to`);
		const bins: TimeBins = { counts: new Uint32Array(count), fatalities: new Float64Array(count), reported: new Uint32Array(count) };
		const { fatalities } = this.table;
		let row = this.countBefore(window.from);
		for (let k = 0; k < count; k++) {
			const edge = window.from + ((window.to - window.from) * (k + 1)) / count;
			const end = k === count - 1 ? this.countUpTo(window.to) : this.countBefore(edge);
			bins.counts[k] = end - row;
			for (; row < end; row++) {
				const f = fatalities[row]!;
				if (Number.isNaN(f)) continue;
				bins.fatalities[k]! += f;
				bins.reported[k]!++;
			}
		}
		return bins;
	}

	private rowsOf({ starts, rows }: Postings, code: number): Uint32Array {
		return code < 0 ? new Uint32Array(0) : rows.subarray(starts[code], starts[code + 1]);
	}

	private candidatesIn(west: number, south: number, east: number, north: number): number[] {
		if (this.table.length === 0) return [];
		if (!this.spatial) {
			const { lon, lat, length } = this.table;
			this.spatial = new KDBush(length, 64, Float32Array);
			for (let r = 0; r < length; r++) this.spatial.add(lon[r]!, lat[r]!);
			this.spatial.finish();
		}
		// kdbush's ids are the order points were added in: the rows.
		return this.spatial.range(west, south, east, north);
	}
}
