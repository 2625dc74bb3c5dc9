import { describe, expect, it } from 'vitest';
import { parseViewParams, withViewParams, noticeText } from './view-params';

const ids = ['ayorou-2017-10-21', 'chinagodrar-2020-01-09'];

describe('parseViewParams', () => {
	it('reads a full deep link', () => {
		const { view, notices } = parseViewParams(
			new URLSearchParams('t=2017-10-21T04:30:00Z&from=2017-10-21T00:00:00Z&to=2017-10-22T00:00:00Z&focus=ayorou-2017-10-21&lang=fr'),
			ids
		);
		expect(notices).toEqual([]);
		expect(view).toEqual({
			t: Date.UTC(2017, 9, 21, 4, 30),
			from: Date.UTC(2017, 9, 21),
			to: Date.UTC(2017, 9, 22),
			focus: 'ayorou-2017-10-21',
			lang: 'fr'
		});
	});

	it.each([
		['t=yesterday', 't', 'paramNotInstant'],
		// Without an offset the link would name a different instant in each reader's zone.
		['t=2020-01-09T13:00:00', 't', 'paramNotInstant'],
		['focus=nowhere-2020-01-01', 'focus', 'paramUnknownIncident'],
		['lang=de', 'lang', 'paramUnknownLang'],
		['from=2018-01-02T00:00:00Z&to=2018-01-01T00:00:00Z', 'from', 'paramWindowOrder'],
		['from=2018-01-02T00:00:00Z', 'from', 'paramWindowIncomplete'],
		['to=2018-01-02T00:00:00Z', 'to', 'paramWindowIncomplete'],
		['from=2018-01-02T00:00:00Z&to=2018-01-02T00:00:00.001Z', 'from', 'paramWindowShort'],
		['map=1.7,95,420', 'map', 'paramBadMap']
	])('drops %s with a notice naming %s', (query, name, reason) => {
		const { view, notices } = parseViewParams(new URLSearchParams(query), ids);
		expect(notices).toHaveLength(1);
		expect(notices[0]!.name).toBe(name);
		expect(notices[0]!.reason).toBe(reason);
		expect(view).toEqual({});
	});

	it('drops a window whose end has no offset, saying why for both', () => {
		const { view, notices } = parseViewParams(new URLSearchParams('from=2018-01-01T00:00:00&to=2018-01-02T00:00:00Z'), ids);
		expect(view).toEqual({});
		expect(notices).toEqual([
			{ name: 'from', reason: 'paramNotInstant' },
			{ name: 'to', reason: 'paramWindowIncomplete' }
		]);
	});

	it('reads an instant in any offset', () => {
		const { view } = parseViewParams(new URLSearchParams('t=2020-01-09T14:00:00%2B01:00'), ids);
		expect(view).toEqual({ t: Date.UTC(2020, 0, 9, 13) });
	});

	it('keeps the good parameters beside a bad one', () => {
		const { view, notices } = parseViewParams(new URLSearchParams('t=bad&focus=ayorou-2017-10-21'), ids);
		expect(view).toEqual({ focus: 'ayorou-2017-10-21' });
		expect(notices.map((n) => n.name)).toEqual(['t']);
	});
});

describe('withViewParams', () => {
	it('round-trips through parseViewParams and keeps unrelated parameters', () => {
		const view = { t: Date.UTC(2020, 0, 9, 11, 0, 0), focus: 'chinagodrar-2020-01-09', lang: 'en' as const, map: { center: [1.5, 14.25] as [number, number], widthKm: 320 } };
		const search = withViewParams(new URLSearchParams('embed=1'), view);
		expect(search.get('embed')).toBe('1');
		expect(parseViewParams(search, ids).view).toEqual(view);
	});
});

describe('noticeText', () => {
	it('says first, in the reader’s words, what the link could not give and what is shown instead; the parameter after', () => {
		const time = noticeText('en', { name: 't', reason: 'paramNotInstant' });
		expect(time.startsWith('This link’s time could not be read, so the story opens at its usual view.')).toBe(true);
		expect(time).toContain('“t”');
		expect(noticeText('en', { name: 'from', reason: 'paramWindowOrder' }).startsWith('This link’s stretch of time could not be read, so the whole period is shown.')).toBe(true);
		expect(noticeText('en', { name: 't', reason: 'paramOutOfRange' }).startsWith('This link’s time is outside the story, so its nearest end is shown.')).toBe(true);
		expect(noticeText('fr', { name: 'focus', reason: 'paramUnknownIncident' }).startsWith('L’attaque que nomme ce lien n’est pas dans ce récit\u00a0: aucune n’est choisie.')).toBe(true);
		expect(noticeText('fr', { name: 'lang', reason: 'paramUnknownLang' })).toContain('«\u00a0lang\u00a0»');
		expect(noticeText('en', { name: 'map', reason: 'paramBadMap' }).startsWith('This link’s map framing could not be read, so the map shows its usual framing.')).toBe(true);
	});
});
