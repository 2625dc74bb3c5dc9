import { describe, expect, it } from 'vitest';
import { exportFileName, slug, stamp } from './file-name';

describe('exportFileName', () => {
	it('names the file after what it shows and the time in the story’s zone', () => {
		expect(exportFileName('chinagodrar-air-response', Date.parse('2020-01-09T12:28:00Z'), { offsetMinutes: 60 }, 'png')).toBe(
			'sahel-timeline_chinagodrar-air-response_2020-01-09T1328.png'
		);
	});

	it('turns any title into a safe slug', () => {
		expect(slug('Attaque de Téra : « 12 morts » / 2019')).toBe('attaque-de-tera-12-morts-2019');
		expect(slug('../../etc/passwd')).toBe('etc-passwd');
		expect(exportFileName('***', 0, { offsetMinutes: 0 }, 'svg')).toBe('sahel-timeline_map_1970-01-01T0000.svg');
	});

	it('crosses midnight by the zone, not UTC', () => {
		expect(stamp(Date.parse('2019-12-31T23:30:00Z'), { offsetMinutes: 60 })).toBe('2020-01-01T0030');
	});
});
