import { describe, expect, it } from 'vitest';
import { syntheticEvents } from './synthetic';
import { INTER, type Inter } from './synthetic-places';
import { ACLED_COLUMNS, acledRecord, csvLine, UCDP_COLUMNS, ucdpRecord } from './synthetic-csv';

/** Room for the larger random cases on a slow or busy machine (no timing is asserted). */
const HEAVY_MS = 30_000;

// Transcribed from data-formats.md §1.1 (ACLED, 31 columns) and §3.1 (UCDP GED, 49 columns).
const ACLED_HEADER =
	'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,' +
	'actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,' +
	'longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';
const UCDP_HEADER =
	'id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,' +
	'dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,' +
	'source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,' +
	'where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,' +
	'date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob';

/** An RFC 4180 reader written for the test: quoted fields, doubled quotes, line breaks inside quotes. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') [field, i] = [field + '"', i + 1];
			else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',' || ch === '\n') {
			row.push(field);
			field = '';
			if (ch === '\n') rows.push(row.splice(0));
		} else field += ch;
	}
	return rows;
}

describe('synthetic CSV', () => {
	const events = [...syntheticEvents({ count: 3000, seed: 17 })];
	const violent = [...syntheticEvents({ count: 3000, seed: 17, ucdp: true })];

	it("has ACLED's and UCDP GED's columns, in their order", () => {
		expect(ACLED_COLUMNS.join(',')).toBe(ACLED_HEADER);
		expect(UCDP_COLUMNS.join(',')).toBe(UCDP_HEADER);
		expect(ACLED_COLUMNS).toHaveLength(31);
		expect(UCDP_COLUMNS).toHaveLength(49);
	});

	it('quotes what needs quoting, so a CSV reader gets every field back', () => {
		const tricky = ['plain', 'a, b', 'say "no"', 'two\nlines', '', 42, 'é 🙂'];
		expect(parseCsv(csvLine(tricky))).toEqual([tricky.map(String)]);
		for (const [columns, records] of [
			[ACLED_COLUMNS, events.slice(0, 1000).map(acledRecord)],
			[UCDP_COLUMNS, violent.slice(0, 1000).map(ucdpRecord)]
		] as const) {
			const text = csvLine(columns) + records.map(csvLine).join('');
			const [header, ...rows] = parseCsv(text);
			expect(header).toEqual([...columns]);
			expect(rows).toEqual(records.map((record) => record.map(String)));
		}
	}, HEAVY_MS);

	it('writes ACLED rows that say what the event says', () => {
		for (const event of events.slice(0, 500)) {
			const row = Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, String(acledRecord(event)[i])]));
			expect(row.event_id_cnty).toBe(event.id);
			const day = Date.parse(`${row.event_date}T00:00:00Z`);
			expect(day).toBeGreaterThanOrEqual(event.start);
			expect(day).toBeLessThanOrEqual(event.end);
			expect(Number(row.latitude)).toBeCloseTo(event.lat, 4);
			expect(Number(row.longitude)).toBeCloseTo(event.lon, 4);
			expect(Number(row.fatalities)).toBe(event.fatalities);
			const [first, second] = [event.inter1, event.inter2].sort((a, b) => INTER.indexOf(a as Inter) - INTER.indexOf(b as Inter));
			expect(row.interaction).toBe(event.inter2 === '' ? `${event.inter1} only` : `${first}-${second}`);
			expect(row.notes).toBe(event.notes);
		}
	});

	it('writes UCDP rows whose deaths add up and whose estimates bracket the best one', () => {
		for (const event of violent.slice(0, 500)) {
			const row = Object.fromEntries(UCDP_COLUMNS.map((c, i) => [c, ucdpRecord(event)[i]]));
			const deaths = ['deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown'].map((c) => Number(row[c]));
			expect(deaths.every((d) => d >= 0)).toBe(true);
			expect(deaths.reduce((a, b) => a + b, 0)).toBe(row.best);
			expect(Number(row.low)).toBeLessThanOrEqual(Number(row.best));
			expect(Number(row.high)).toBeGreaterThanOrEqual(Number(row.best));
			expect(row.type_of_violence === 3).toBe(row.side_b === '');
			expect(String(row.date_start) <= String(row.date_end)).toBe(true);
		}
	});
});
