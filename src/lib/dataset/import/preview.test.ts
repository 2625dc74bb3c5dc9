import { describe, expect, it } from 'vitest';
import { columnChoices, preview } from './preview';

const header = ['when', 'y', 'x', 'killed', ''];
const records = [
	['03/04/2021', '14.5', '2.1', '3', 'a'],
	['13/04/2021', '191', '2', 'many', 'b'],
	['5/4/2021', '15', '3', '', 'c']
];
const preset = { name: 'generic' as const, mapping: { date: 0, lat: 1, lon: 2, fatalities: 3 } };

describe('preview', () => {
	it('reads the first rows with the chosen columns, the day order told by a day above 12', () => {
		const { rows, dayOrder } = preview(header, records, preset, 'unknown');
		expect(dayOrder).toBe('dmy');
		expect(rows.map((r) => r.event && [r.event.start, r.event.lat, r.event.lon, r.event.fatalities])).toEqual([
			[Date.UTC(2021, 3, 3), 14.5, 2.1, 3],
			null,
			[Date.UTC(2021, 3, 5), 15, 3, null]
		]);
	});
	it('gives each field the problems of its column, by row', () => {
		const { rows, byRole } = preview(header, records, preset, 'unknown');
		expect(rows[1]!.problems.map((p) => [p.row, p.column, p.code])).toEqual([
			[2, 'y', 'outOfRange'],
			[2, 'killed', 'notANumber']
		]);
		expect(Object.keys(byRole).sort()).toEqual(['fatalities', 'lat']);
		expect(byRole.lat!.map((p) => p.value)).toEqual(['191']);
	});
	it('follows the order the reader chose over the one the rows show', () => {
		const { rows } = preview(header, [records[0]!], preset, 'mdy');
		expect(rows[0]!.event!.start).toBe(Date.UTC(2021, 2, 4));
	});
	it('lists every column, an unnamed one by its position', () => {
		expect(columnChoices(['\uFEFFwhen', ' y ', '']).map((c) => c.name)).toEqual(['when', 'y', '#3']);
	});
});
