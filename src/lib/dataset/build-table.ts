// Builds an EventTable from plain row objects in any order: appends each row to growable typed
// columns (no array of a million objects is kept), then sorts once by start and gathers.
import {
	GEO_PRECISIONS,
	TIME_PRECISIONS,
	type Dictionaries,
	type EventTable,
	type EventTimePrecision,
	type GeoPrecision
} from './event-table';
import { CodedStringColumnBuilder, ownCopy, StringColumnBuilder } from './string-builder';
import { gathered, grown, moreRoom, permute, type Column } from './typed-columns';

/** One event as an importer or generator gives it. Absent text is ""; absent deaths are NaN. */
export interface EventRow {
	id: string;
	/** Epoch ms. */
	start: number;
	/** Epoch ms, ≥ start; defaults to start. */
	end?: number;
	/** Defaults to 'day'. */
	timePrecision?: EventTimePrecision;
	lon: number;
	lat: number;
	/** Defaults to 'exact'. */
	geoPrecision?: GeoPrecision;
	eventType?: string;
	actor1?: string;
	actor2?: string;
	country?: string;
	admin1?: string;
	/** null or absent: none reported (NaN in the table), which is not 0. */
	fatalities?: number | null;
	fatalitiesLow?: number | null;
	fatalitiesHigh?: number | null;
	location?: string;
	notes?: string;
	source?: string;
}

export type EventTableMeta = Pick<EventTable, 'name' | 'countingRule' | 'synthetic'>;

/** Dictionary codes are Uint16, so a dictionary holds at most this many values ("" included). */
export const MAX_DICTIONARY_SIZE = 65_536;

const TIME_CODE = new Map<string, number>(TIME_PRECISIONS.map((p, i) => [p, i]));
const GEO_CODE = new Map<string, number>(GEO_PRECISIONS.map((p, i) => [p, i]));

class Dictionary {
	readonly values: string[] = [''];
	private readonly codes = new Map<string, number>([['', 0]]);
	constructor(private readonly what: string) {}

	code(value: string | undefined): number {
		if (value === undefined) return 0;
		let code = this.codes.get(value);
		if (code === undefined) {
			code = this.values.length;
			if (code >= MAX_DICTIONARY_SIZE) throw new RangeError(`more than ${MAX_DICTIONARY_SIZE} different ${this.what}`);
			const own = ownCopy(value);
			this.codes.set(own, code);
			this.values.push(own);
		}
		return code;
	}
}

/** What a built builder's columns are left as. */
const SPENT = new Uint8Array(0);

function rowError(row: number, id: string, problem: string): RangeError {
	return new RangeError(`row ${row} (id ${JSON.stringify(id)}): ${problem}`);
}

function deaths(value: number | null | undefined, field: string, row: number, id: string): number {
	if (value === null || value === undefined) return NaN;
	if (!(value >= 0)) throw rowError(row, id, `${field} ${value} is not a number ≥ 0`);
	return value;
}

const NUMERIC = [
	'start', 'end', 'timePrecision', 'lon', 'lat', 'geoPrecision', 'eventType',
	'actor1', 'actor2', 'country', 'admin1', 'fatalities', 'fatalitiesLow', 'fatalitiesHigh'
] as const;
type NumericName = (typeof NUMERIC)[number];

/** Collects rows one at a time (from an array, a generator or a CSV stream) and builds the table. */
export class EventTableBuilder {
	private length = 0;
	private columns: { [K in NumericName]: EventTable[K] };
	private readonly strings: {
		id: StringColumnBuilder;
		location: CodedStringColumnBuilder;
		notes: StringColumnBuilder;
		source: CodedStringColumnBuilder;
	};
	private readonly eventTypes = new Dictionary('event types');
	private readonly actors = new Dictionary('actors');
	private readonly countries = new Dictionary('countries');
	private readonly admin1 = new Dictionary('admin1 regions');

	/** `expectedRows`: room made at once (an importer counts its file's records first), so the columns are never copied to grow or to fit. */
	constructor(expectedRows = 1024) {
		const n = Math.max(0, Math.ceil(expectedRows));
		this.columns = {
			start: new Float64Array(n), end: new Float64Array(n), timePrecision: new Uint8Array(n), lon: new Float32Array(n),
			lat: new Float32Array(n), geoPrecision: new Uint8Array(n), eventType: new Uint16Array(n), actor1: new Uint16Array(n),
			actor2: new Uint16Array(n), country: new Uint16Array(n), admin1: new Uint16Array(n), fatalities: new Float32Array(n),
			fatalitiesLow: new Float32Array(n), fatalitiesHigh: new Float32Array(n)
		};
		this.strings = {
			id: new StringColumnBuilder(n), location: new CodedStringColumnBuilder(n), notes: new StringColumnBuilder(n), source: new CodedStringColumnBuilder(n)
		};
	}

	/** Appends a row; throws a RangeError naming the row when a value is impossible. */
	add(row: EventRow): void {
		const r = this.length;
		const { id } = row;
		const end = row.end ?? row.start;
		if (typeof id !== 'string' || id === '') throw rowError(r, id, 'the id is empty');
		if (!Number.isFinite(row.start)) throw rowError(r, id, `start ${row.start} is not a time`);
		if (!Number.isFinite(end) || end < row.start) throw rowError(r, id, `end ${end} is before start ${row.start}`);
		if (!(Math.abs(row.lon) <= 180 && Math.abs(row.lat) <= 90)) {
			throw rowError(r, id, `${row.lon}, ${row.lat} is not a longitude and latitude`);
		}
		const timePrecision = TIME_CODE.get(row.timePrecision ?? 'day');
		const geoPrecision = GEO_CODE.get(row.geoPrecision ?? 'exact');
		if (timePrecision === undefined) throw rowError(r, id, `unknown time precision ${row.timePrecision}`);
		if (geoPrecision === undefined) throw rowError(r, id, `unknown place precision ${row.geoPrecision}`);

		if (r === this.columns.start.length) this.grow(moreRoom(r));
		const c = this.columns;
		c.start[r] = row.start;
		c.end[r] = end;
		c.timePrecision[r] = timePrecision;
		c.lon[r] = row.lon;
		c.lat[r] = row.lat;
		c.geoPrecision[r] = geoPrecision;
		c.eventType[r] = this.eventTypes.code(row.eventType);
		c.actor1[r] = this.actors.code(row.actor1);
		c.actor2[r] = this.actors.code(row.actor2);
		c.country[r] = this.countries.code(row.country);
		c.admin1[r] = this.admin1.code(row.admin1);
		c.fatalities[r] = deaths(row.fatalities, 'fatalities', r, id);
		c.fatalitiesLow[r] = deaths(row.fatalitiesLow, 'fatalitiesLow', r, id);
		c.fatalitiesHigh[r] = deaths(row.fatalitiesHigh, 'fatalitiesHigh', r, id);
		this.strings.id.add(row.id, row.start);
		this.strings.location.add(row.location ?? '');
		this.strings.notes.add(row.notes ?? '', row.start);
		this.strings.source.add(row.source ?? '');
		this.length++;
	}

	/**
	 * The table of every row added so far, sorted by start; ties keep the order rows were added in.
	 * A column with exactly the room its rows fill (the importer counted them) is sorted where it is;
	 * others are gathered one at a time, each grown column let go of once gathered, so the build
	 * holds the rows about once, not twice. The builder is spent afterwards.
	 */
	build(meta: EventTableMeta): EventTable {
		const n = this.length;
		const { order, sorted } = this.sortOrder();
		// The texts first: joining one holds it twice for a moment, better beside the grown columns
		// alone than beside their copies too.
		const id = this.strings.id.build(order);
		const notes = this.strings.notes.build(order);
		let visited: Uint8Array | undefined;
		const column = <K extends NumericName>(name: K) => {
			const all = this.columns[name];
			(this.columns as Record<NumericName, Column>)[name] = SPENT;
			if (all.length !== n) return (sorted ? all.slice(0, n) : gathered(all.subarray(0, n), order)) as EventTable[K];
			if (!sorted) permute(all, order, (visited ??= new Uint8Array(n)));
			return all as EventTable[K];
		};
		const dictionaries: Dictionaries = {
			eventTypes: this.eventTypes.values.slice(),
			actors: this.actors.values.slice(),
			countries: this.countries.values.slice(),
			admin1: this.admin1.values.slice()
		};
		return {
			name: meta.name,
			countingRule: meta.countingRule,
			synthetic: meta.synthetic,
			length: n,
			start: column('start'),
			end: column('end'),
			timePrecision: column('timePrecision'),
			lon: column('lon'),
			lat: column('lat'),
			geoPrecision: column('geoPrecision'),
			eventType: column('eventType'),
			actor1: column('actor1'),
			actor2: column('actor2'),
			country: column('country'),
			admin1: column('admin1'),
			fatalities: column('fatalities'),
			fatalitiesLow: column('fatalitiesLow'),
			fatalitiesHigh: column('fatalitiesHigh'),
			dictionaries,
			id,
			location: this.strings.location.build(order),
			notes,
			source: this.strings.source.build(order)
		};
	}

	/** The rows' order by start (the index breaks ties, so the sort need not be stable); `sorted` when already so. */
	private sortOrder(): { order: Uint32Array; sorted: boolean } {
		const { start } = this.columns;
		const order = new Uint32Array(this.length);
		let sorted = true;
		for (let r = 0; r < this.length; r++) {
			order[r] = r;
			if (r > 0 && start[r]! < start[r - 1]!) sorted = false;
		}
		if (!sorted) order.sort((a, b) => start[a]! - start[b]! || a - b);
		return { order, sorted };
	}

	private grow(capacity: number): void {
		const c = this.columns;
		for (const name of NUMERIC) (c as Record<NumericName, Column>)[name] = grown(c[name], capacity);
	}
}

/** A sorted table of `rows` (any order; an array or any iterable, such as a generator). */
export function buildEventTable(rows: Iterable<EventRow>, meta: EventTableMeta): EventTable {
	const builder = new EventTableBuilder();
	for (const row of rows) builder.add(row);
	return builder.build(meta);
}
