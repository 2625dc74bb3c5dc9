import { describe, expect, it } from 'vitest';
import { zoneNamed } from '../time/local-time';
import { eventDeathsAnnouncement, eventDeathsSentence, eventKilled, eventsWithoutToll } from './event-deaths-text';

const NIGER_ZONE = zoneNamed('Africa/Niamey', Date.UTC(2017, 5, 24));

const dataset = { name: 'ACLED extract', countingRule: 'reported fatalities, all parties', first: Date.UTC(2017, 0, 3) };
const t = Date.UTC(2020, 0, 9, 12, 15);
// Intl's French groups thousands with a narrow no-break space; the French colon takes a no-break space.
const NNBSP = '\u202f';

describe('eventDeathsSentence', () => {
	it.each([
		[
			'en',
			{ events: 1234, killed: 5678, reported: 1200 },
			'ACLED extract: 5,678 killed in 1,234 events begun since 3 January 2017, up to 9 January 2020, 13:15 UTC+1 (reported fatalities, all parties); 34 events with no reported toll.'
		],
		[
			'fr',
			{ events: 1234, killed: 5678, reported: 1200 },
			`ACLED extract\u00a0: 5${NNBSP}678 morts dans 1${NNBSP}234 événements commencés depuis le 3 janvier 2017, jusqu’au 9 janvier 2020, 13:15 UTC+1 (reported fatalities, all parties)\u00a0; 34 événements sans bilan rapporté.`
		],
		[
			'en',
			{ events: 1, killed: 1, reported: 1 },
			'ACLED extract: 1 killed in 1 event begun since 3 January 2017, up to 9 January 2020, 13:15 UTC+1 (reported fatalities, all parties); 0 events with no reported toll.'
		],
		[
			'fr',
			{ events: 1, killed: 0, reported: 1 },
			'ACLED extract\u00a0: 0 mort dans 1 événement commencé depuis le 3 janvier 2017, jusqu’au 9 janvier 2020, 13:15 UTC+1 (reported fatalities, all parties)\u00a0; 0 événement sans bilan rapporté.'
		]
	] as const)('%s: %o', (lang, at, sentence) => {
		expect(eventDeathsSentence(dataset, at, t, NIGER_ZONE, lang)).toBe(sentence);
	});

	it('says "no toll reported", never 0 killed, when no event begun gives a figure', () => {
		const at = { events: 3, killed: 0, reported: 0 };
		expect(eventDeathsSentence(dataset, at, t, NIGER_ZONE, 'en')).toBe(
			'ACLED extract: no toll reported in 3 events begun since 3 January 2017, up to 9 January 2020, 13:15 UTC+1 (reported fatalities, all parties).'
		);
		expect(eventKilled(at, 'en')).toBe('none reported');
		expect(eventKilled(at, 'fr')).toBe('aucun rapporté');
	});

	it('says when no event has begun yet', () => {
		expect(eventDeathsSentence(dataset, { events: 0, killed: 0, reported: 0 }, t, NIGER_ZONE, 'fr')).toBe(
			'ACLED extract\u00a0: aucun événement commencé jusqu’au 9 janvier 2020, 13:15 UTC+1.'
		);
	});
});

describe('eventDeathsAnnouncement', () => {
	it('names the dataset and its figures without the time, and nothing before the first event', () => {
		expect(eventDeathsAnnouncement(dataset, { events: 2, killed: 7, reported: 1 }, 'en')).toBe('ACLED extract: 7 killed in 2 events begun.');
		expect(eventDeathsAnnouncement(dataset, { events: 2, killed: 0, reported: 0 }, 'fr')).toBe('ACLED extract\u00a0: aucun rapporté dans 2 événements commencés.');
		expect(eventDeathsAnnouncement(dataset, { events: 0, killed: 0, reported: 0 }, 'en')).toBe('');
	});
});

describe('eventsWithoutToll', () => {
	it('agrees in number: French puts 0 and 1 in the singular, English only 1', () => {
		expect(eventsWithoutToll(0, 'fr')).toBe('0 événement sans bilan rapporté');
		expect(eventsWithoutToll(1, 'fr')).toBe('1 événement sans bilan rapporté');
		expect(eventsWithoutToll(2, 'fr')).toBe('2 événements sans bilan rapporté');
		expect(eventsWithoutToll(0, 'en')).toBe('0 events with no reported toll');
		expect(eventsWithoutToll(1, 'en')).toBe('1 event with no reported toll');
		expect(eventsWithoutToll(1200, 'en')).toBe('1,200 events with no reported toll');
	});
});
