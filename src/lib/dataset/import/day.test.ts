import { describe, expect, it } from 'vitest';
import { detectDayOrder, parseDay } from './day';

// Expected day numbers written out by hand: 2023-02-16 is 19,404 days after 1970-01-01.
const D_2023_02_16 = 19_404;
const D_2010_01_15 = 14_624;
const D_2025_02_07 = 20_126;
const D_2024_09_30 = 19_996;
const D_2021_04_03 = 18_720;
const D_2021_03_04 = 18_690;

const day = (text: string, order: 'dmy' | 'mdy' | 'unknown' = 'unknown') => {
	const r = parseDay(text, order);
	return r.ok ? r.day : r.problem;
};

describe('parseDay', () => {
	it('reads ISO days and UCDP date-times as UTC calendar days', () => {
		expect(day('2023-02-16')).toBe(D_2023_02_16);
		expect(day('2023-02-16 00:00:00.000')).toBe(D_2023_02_16);
		expect(day(' 2023-02-16 ')).toBe(D_2023_02_16);
	});
	it('reads ACLED export-tool and Excel-touched forms', () => {
		expect(day('15 January 2010')).toBe(D_2010_01_15);
		expect(day('7-Feb-25')).toBe(D_2025_02_07);
		expect(day('30-Sept-24')).toBe(D_2024_09_30);
		expect(day('30-Sep-2024')).toBe(D_2024_09_30);
	});
	it('decides dd/mm against mm/dd by the order given, and says when it cannot', () => {
		expect(day('03/04/2021', 'dmy')).toBe(D_2021_04_03);
		expect(day('03/04/2021', 'mdy')).toBe(D_2021_03_04);
		expect(day('03/04/2021')).toBe('ambiguous');
		// A part above 12, or day = month, needs no order.
		expect(day('13/01/2010')).toBe(14_622);
		expect(day('04/04/2021')).toBe(18_721);
	});
	it('refuses what is no date', () => {
		for (const text of ['', 'yesterday', '2023-02-30', '2023-13-01', '31 Foo 2020', '1 Ju 2020', '16/02/23']) {
			expect(day(text, 'dmy'), text).toBe('unparsable');
		}
	});
});

describe('detectDayOrder', () => {
	it('takes the order the first value above 12 proves', () => {
		expect(detectDayOrder(['01/02/2020', '25/02/2020'])).toBe('dmy');
		expect(detectDayOrder(['01/02/2020', '02/25/2020'])).toBe('mdy');
		expect(detectDayOrder(['01/02/2020', '2020-01-01'])).toBe('unknown');
	});
});

describe('Excel serial dates (1900 date system)', () => {
	// Expected days from Date.UTC, the serials from Excel's documentation: DATE(2020,1,1) is 43831,
	// DATE(1900,1,1) is 1, DATE(9999,12,31) is 2958465, and 60 is the 29 February 1900 Excel invents.
	const utcDay = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
	it('reads serials after the phantom leap day one day back', () => {
		expect(day('43831')).toBe(utcDay(2020, 1, 1));
		expect(day('25569')).toBe(0);
		expect(day('61')).toBe(utcDay(1900, 3, 1));
		expect(day('2958465')).toBe(utcDay(9999, 12, 31));
		expect(day('43831.75')).toBe(utcDay(2020, 1, 1));
	});
	it('reads serials before it as they are', () => {
		expect(day('1')).toBe(utcDay(1900, 1, 1));
		expect(day('59')).toBe(utcDay(1900, 2, 28));
	});
	it('refuses the day that never was and serials outside Excel’s calendar', () => {
		expect(day('60')).toBe('unparsable');
		expect(day('0')).toBe('unparsable');
		expect(day('2958466')).toBe('unparsable');
		expect(day('-5')).toBe('unparsable');
	});
});
