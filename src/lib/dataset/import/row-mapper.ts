// One CSV record (string[]) → an EventRow for the builder, or every problem it has. Knows how each
// preset says precision and deaths: ACLED gives an imprecise date as the middle of a week or the
// month, with 0 where no toll was reported; UCDP gives the span itself and best/low/high.
import type { EventRow } from '../build-table';
import type { EventTimePrecision, GeoPrecision } from '../event-table';
import { parseDay, type DayOrder } from './day';
import type { Preset, Role } from './preset';
import { problem, type RowProblem } from './row-problem';
import { DAY } from '../../time/time-window';


export type MappedRow = { ok: true; event: EventRow } | { ok: false; problems: RowProblem[] };

const ACLED_TIME: Record<string, EventTimePrecision> = { '1': 'day', '2': 'week', '3': 'month' };
const UCDP_TIME: Record<string, EventTimePrecision> = { '1': 'day', '2': 'week', '3': 'week', '4': 'month', '5': 'year' };
const ACLED_GEO: Record<string, GeoPrecision> = { '1': 'exact', '2': 'near', '3': 'region' };
const UCDP_GEO: Record<string, GeoPrecision> = { '1': 'exact', '2': 'near', '3': 'region', '4': 'region', '5': 'region', '6': 'country', '7': 'country' };
/** UCDP's type_of_violence, in its own words. */
const UCDP_TYPES: Record<string, string> = { '1': 'State-based conflict', '2': 'Non-state conflict', '3': 'One-sided violence' };

/** A number as written, with a decimal comma accepted (francophone spreadsheets); NaN when it is none. */
function readNumber(text: string): number {
	const value = text.trim();
	if (value === '') return NaN;
	return Number(value.includes('.') ? value : value.replace(',', '.'));
}

/** Maps records of a file with this header and preset; `order` decides dd/mm against mm/dd. */
export function rowMapper(header: readonly string[], preset: Preset, order: DayOrder): (fields: readonly string[], row: number) => MappedRow {
	const { mapping } = preset;
	const acled = preset.name === 'acled' || preset.name === 'acled-pre-2023';
	const ucdp = preset.name === 'ucdp-ged';
	const name = (role: Role) => (header[mapping[role]!] ?? '').replace(/^\uFEFF/, '').trim();

	return (fields, row) => {
		const problems: RowProblem[] = [];
		if (fields.length !== header.length) {
			return { ok: false, problems: [problem(row, '', 'ragged', String(fields.length), String(header.length))] };
		}
		const text = (role: Role) => (mapping[role] === undefined ? '' : fields[mapping[role]]!.trim());
		const optional = (role: Role) => text(role) || undefined;

		const coordinate = (role: 'lat' | 'lon', limit: number) => {
			const value = text(role);
			const n = readNumber(value);
			if (value === '') problems.push(problem(row, name(role), 'missing', ''));
			else if (!Number.isFinite(n)) problems.push(problem(row, name(role), 'notANumber', value));
			else if (Math.abs(n) > limit) problems.push(problem(row, name(role), 'outOfRange', value, `−${limit}…${limit}`));
			return n;
		};
		const day = (role: 'date' | 'dateEnd') => {
			const value = text(role);
			if (value === '') {
				if (role === 'date') problems.push(problem(row, name(role), 'missing', ''));
				return null;
			}
			const result = parseDay(value, order);
			if (result.ok) return result.day;
			problems.push(problem(row, name(role), result.problem === 'ambiguous' ? 'dateAmbiguous' : 'dateUnparsable', value));
			return null;
		};
		const deaths = (role: 'fatalities' | 'fatalitiesLow' | 'fatalitiesHigh') => {
			const value = text(role);
			if (value === '') return null;
			const n = readNumber(value);
			if (!Number.isFinite(n)) problems.push(problem(row, name(role), 'notANumber', value));
			else if (n < 0) problems.push(problem(row, name(role), 'negative', value));
			return n;
		};
		const code = <T>(role: Role, codes: Record<string, T>, fallback: T): T => {
			const value = text(role);
			if (value === '') return fallback;
			const found = codes[value];
			if (found === undefined) problems.push(problem(row, name(role), 'unknownCode', value, Object.keys(codes).join(', ')));
			return found ?? fallback;
		};

		const lat = coordinate('lat', 90);
		const lon = coordinate('lon', 180);
		const first = day('date');
		const last = day('dateEnd');
		const timePrecision = acled ? code('datePrecision', ACLED_TIME, 'day') : ucdp ? code('datePrecision', UCDP_TIME, 'day') : 'day';
		const geoPrecision = acled ? code('geoPrecision', ACLED_GEO, 'exact') : ucdp ? code('geoPrecision', UCDP_GEO, 'exact') : 'exact';
		const fatalities = deaths('fatalities');
		const fatalitiesLow = deaths('fatalitiesLow');
		const fatalitiesHigh = deaths('fatalitiesHigh');
		if (first !== null && last !== null && last < first) problems.push(problem(row, name('dateEnd'), 'endBeforeStart', text('dateEnd')));
		if (problems.length > 0 || first === null) return { ok: false, problems };

		// [start, end] is every millisecond the date covers. ACLED dates a week by its middle day and a
		// month by a day in it (codebook: time_precision 2 and 3); UCDP gives the first and last day.
		let start = first * DAY;
		let end = ((last ?? first) + 1) * DAY - 1;
		if (acled && timePrecision === 'week') [start, end] = [(first - 3) * DAY, (first + 4) * DAY - 1];
		if (acled && timePrecision === 'month') {
			const d = new Date(start);
			start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
			end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - 1;
		}
		return {
			ok: true,
			event: {
				id: text('id') || `row ${row}`,
				start,
				end,
				timePrecision,
				lon,
				lat,
				geoPrecision,
				eventType: ucdp ? (UCDP_TYPES[text('eventType')] ?? optional('eventType')) : optional('eventType'),
				actor1: optional('actor1'),
				actor2: optional('actor2'),
				country: optional('country'),
				admin1: optional('admin1'),
				fatalities,
				fatalitiesLow,
				fatalitiesHigh,
				location: text('location'),
				notes: text('notes'),
				source: text('source')
			}
		};
	};
}
