// What the explorer opens on from its URL: the session after restoreView, and the notices it
// shows. Times are written out by hand (Niamey is UTC+1); notices are read in the reader's language.
import { describe, expect, it } from 'vitest';
import { Session } from '../state/session.svelte';
import { Locale } from '../state/locale.svelte';
import { restoreView } from './restore-view';
import { seed } from '../../../tests/unit/seed';

const CHINAGODRAR = 'chinagodrar-2020-01-09';
const open = (query: string, lang: 'en' | 'fr' = 'en') => {
	const session = new Session(seed);
	const { notices } = restoreView(session, new Locale(lang), new URLSearchParams(query));
	return { session, clock: session.clock, notices };
};

describe('restoreView', () => {
	it('opens a shared link as it was shared: the attack in focus, the clock at its time', () => {
		const { session, clock, notices } = open(`focus=${CHINAGODRAR}&t=2020-01-09T13:15:00%2B01:00`);
		expect(notices).toEqual([]);
		expect(session.focusId).toBe(CHINAGODRAR);
		expect(clock.time).toBe(Date.UTC(2020, 0, 9, 12, 15));
		expect(clock.window.from).toBeLessThanOrEqual(clock.time);
		expect(clock.window.to).toBeGreaterThanOrEqual(clock.time);
	});

	it('sets the window a link names and, without a time, opens at its start', () => {
		const { clock, notices } = open('from=2019-12-10T12:00:00Z&to=2019-12-11T12:00:00Z');
		expect(notices).toEqual([]);
		expect(clock.window).toEqual({ from: Date.UTC(2019, 11, 10, 12), to: Date.UTC(2019, 11, 11, 12) });
		expect(clock.time).toBe(Date.UTC(2019, 11, 10, 12));
	});

	it('puts a time outside the story at its nearest end, and says so', () => {
		const { clock, notices } = open('t=2010-01-01T00:00:00Z');
		expect(clock.time).toBe(clock.bounds.from);
		expect(clock.bounds.from).toBeGreaterThan(Date.UTC(2010, 0, 1));
		expect(notices).toEqual(['This link’s time is outside the story, so its nearest end is shown. (Ignored the URL parameter “t”: outside the scenario, so the nearest end was used)']);
	});

	it('drops an unknown incident with a notice in the reader’s language, and the rest of the link still applies', () => {
		const { session, clock, notices } = open('focus=nowhere-2020-01-01&t=2019-12-10T14:00:00Z', 'fr');
		expect(session.focusId).toBeNull();
		expect(clock.time).toBe(Date.UTC(2019, 11, 10, 14));
		expect(notices).toEqual(['L’attaque que nomme ce lien n’est pas dans ce récit\u00a0: aucune n’est choisie. (Paramètre d’URL «\u00a0focus\u00a0» ignoré\u00a0: aucun incident n’a cet identifiant)']);
	});

	it('refuses a time without an offset, which would name a different instant in each zone', () => {
		const { clock, notices } = open('t=2020-01-09T13:00:00');
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain('“t”');
		expect(clock.time).not.toBe(Date.UTC(2020, 0, 9, 13));
		expect(clock.time).not.toBe(Date.UTC(2020, 0, 9, 12));
	});

	it('waits for the dataset a link was made over when its time is outside the story, then opens there with no notice', async () => {
		const session = new Session(seed);
		const story = session.clock.bounds;
		let arrive = () => {};
		const arrival = new Promise<void>((resolve) => (arrive = resolve));
		const t = Date.UTC(2023, 4, 1, 9);
		const { notices, late } = restoreView(session, new Locale('en'), new URLSearchParams('t=2023-05-01T10:00:00%2B01:00'), arrival);
		expect(notices).toEqual([]);
		// Until the table arrives, the page stays where it opened.
		expect(session.clock.time).toBeLessThanOrEqual(story.to);
		// The table (2017–2024) widens the clock's period, as the engine does when it loads.
		session.clock.setBounds({ from: story.from, to: Date.UTC(2024, 11, 31) });
		arrive();
		expect(await late).toEqual([]);
		expect(session.clock.time).toBe(t);
	});

	it('says a time is outside the period if it still is once the dataset has arrived', async () => {
		const session = new Session(seed);
		const { notices, late } = restoreView(session, new Locale('en'), new URLSearchParams('t=2030-01-01T00:00:00Z'), Promise.resolve());
		expect(notices).toEqual([]);
		expect(await late).toHaveLength(1);
		expect(session.clock.time).toBe(session.clock.bounds.to);
	});

	it('frames the map as the link says once the rest is set, and says so when it cannot', async () => {
		const framed: unknown[] = [];
		const camera = { restore: (extent: unknown) => (framed.push(extent), framed.length === 1) };
		const first = restoreView(new Session(seed), new Locale('en'), new URLSearchParams('map=1.7,14.6,420'), null, camera);
		expect(await first.late).toEqual([]);
		expect(framed).toEqual([{ center: [1.7, 14.6], widthKm: 420 }]);
		const refused = restoreView(new Session(seed), new Locale('en'), new URLSearchParams('map=1.7,14.6,420'), null, camera);
		expect(await refused.late).toEqual([expect.stringMatching(/^This link’s map framing could not be read/)]);
		const bad = restoreView(new Session(seed), new Locale('en'), new URLSearchParams('map=far'), null, camera);
		expect(bad.notices).toEqual([expect.stringContaining('“map”')]);
		expect(framed).toHaveLength(2);
	});
});
