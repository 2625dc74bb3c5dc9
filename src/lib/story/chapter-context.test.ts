import { describe, expect, it } from 'vitest';
import { chapterContext } from './chapter-context';
import type { Scenario } from '../scenario/schema';

type ContextEvent = Scenario['context'][number];
const event = (id: string, date: string): ContextEvent => ({ id, date, title: { en: id, fr: id }, summary: { en: '', fr: '' }, sourceIds: ['s'] });
/** A month counts from its first day, before any dated day of it. */
const time = (date: string) => Date.parse(date.length === 7 ? `${date}-01T00:00:00Z` : `${date}T00:00:01Z`);

describe('chapterContext', () => {
	const context = [event('c', '2019-11'), event('a', '2017-07'), event('d', '2017-10-21'), event('b', '2016-01'), event('e', '2017-10')];

	it('gives the events a chapter names, and only those, in date order whatever the order of the file or the chapter', () => {
		const named = ['c', 'd', 'e', 'b'];
		const got = chapterContext({ context }, { context: named });
		const expected = context.filter((e) => named.includes(e.id)).sort((x, y) => time(x.date) - time(y.date));
		expect(got.map((e) => e.id)).toEqual(expected.map((e) => e.id));
		expect(got.map((e) => e.id)).toEqual(['b', 'e', 'd', 'c']);
	});

	it('gives nothing for a chapter that names none', () => {
		expect(chapterContext({ context }, {})).toEqual([]);
	});
});
