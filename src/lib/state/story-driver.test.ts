// The driver of /present and /embed: a chapter (or a host's command) sets focus, window, time,
// layers and camera at once; a later focus leaves the chapter. Expected views are written out by
// hand from the seed's chapters (Niamey time, UTC+1), not taken from planView.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { StoryDriver } from './story-driver.svelte';
import { haversineKm } from '../../../tests/unit/reference-geodesy';
import { inComponent } from '../../../tests/unit/in-component';
import { seed, seedPlace } from '../../../tests/unit/seed';

const HOUR = 3_600_000;
const CHINAGODRAR = 'chinagodrar-2020-01-09';
const INATES = 'inates-2019-12-10';
const driver = () => inComponent(() => new StoryDriver(seed));
const chapter = (id: string) => ({ type: 'sahel-timeline:chapter', id }) as const;
const focus = (id: string | null) => ({ type: 'sahel-timeline:focus', id }) as const;
const shownLayers = (d: StoryDriver) => Object.entries(d.engine.layers.shown).flatMap(([layer, on]) => (on ? [layer] : []));

// Playing asks for frames, which these tests never run.
beforeAll(() => {
	vi.stubGlobal('requestAnimationFrame', () => 0);
	vi.stubGlobal('cancelAnimationFrame', () => {});
});
afterAll(() => void vi.unstubAllGlobals());
afterEach(() => void vi.restoreAllMocks());

describe('StoryDriver', () => {
	it('sets a chapter’s whole view: "The air response" at Chinagodrar, 10:30–15:00 at 13:15, sorties, rings and surface', () => {
		const d = driver();
		d.command(chapter('chinagodrar-air-response'));
		const { session, view } = d.engine;
		expect(d.chapter).toBe('chinagodrar-air-response');
		expect(session.focusId).toBe(CHINAGODRAR);
		expect(session.clock.window).toEqual({ from: Date.UTC(2020, 0, 9, 9, 30), to: Date.UTC(2020, 0, 9, 14, 0) });
		expect(session.clock.time).toBe(Date.UTC(2020, 0, 9, 12, 15));
		expect(shownLayers(d).sort()).toEqual(['range-rings', 'response-surface', 'sorties']);
		// The chapter frames the base the help came from too: 450 km across, centred between Niamey and the post.
		expect(view.target).toEqual({ center: [2.59, 14.35], widthKm: 450 });
	});

	it('turns off a layer the reader had on when the next chapter does not list it', () => {
		const d = driver();
		d.engine.layers.toggle('response-surface');
		d.command(chapter('chinagodrar-two-fronts'));
		expect(shownLayers(d)).toEqual(['tracks']);
	});

	it('leaves the chapter when something else is focused, and frames that attack instead', () => {
		const d = driver();
		d.command(chapter('chinagodrar-air-response'));
		d.engine.session.focus(INATES);
		expect(d.chapter).toBeNull();
		const target = d.engine.view.target!;
		const inates = seedPlace('inates');
		expect(haversineKm(target.center, [inates.lon, inates.lat])).toBeLessThan(target.widthKm / 2);
		expect(d.engine.session.clock.window.from).toBeLessThanOrEqual(Date.parse(seed.incidents.find((i) => i.id === INATES)!.start));
	});

	it('keeps the speed a URL asked for across chapters and focus, which otherwise suit the window', () => {
		const asked = 6 * HOUR;
		const free = driver();
		free.command(chapter('chinagodrar-air-response'));
		expect(free.engine.session.clock.speed, 'a chapter’s own speed differs, so the test can tell').not.toBe(asked);

		const d = driver();
		d.preferredSpeed = asked;
		d.command(chapter('chinagodrar-air-response'));
		expect(d.engine.session.clock.speed).toBe(asked);
		d.command(focus(INATES));
		expect(d.engine.session.clock.speed).toBe(asked);
	});

	it('obeys play, pause and seek', () => {
		const d = driver();
		const { clock } = d.engine.session;
		d.command({ type: 'sahel-timeline:play' });
		expect(clock.playing).toBe(true);
		d.command({ type: 'sahel-timeline:pause' });
		expect(clock.playing).toBe(false);
		const t = Date.UTC(2019, 11, 10, 14, 0);
		d.command({ type: 'sahel-timeline:seek', t });
		expect(clock.time).toBe(t);
	});

	it('unfocuses on focus null: the whole period and the whole region again', () => {
		const d = driver();
		d.command(focus(CHINAGODRAR));
		expect(d.engine.view.target).not.toBeNull();
		d.command(focus(null));
		const { clock, focusId } = d.engine.session;
		expect(focusId).toBeNull();
		expect(clock.window).toEqual(clock.bounds);
		expect(d.engine.view.target).toBeNull();
	});

	it.each([
		['a chapter', chapter('no-such-chapter'), 'no chapter has the id "no-such-chapter"'],
		['an incident', focus('no-such-incident'), 'no incident has the id "no-such-incident"']
	])('ignores %s the scenario lacks, with a warning, and keeps the view', (_, message, warning) => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const d = driver();
		d.command(chapter('inates'));
		const before = { chapter: d.chapter, focus: d.engine.session.focusId, window: d.engine.session.clock.window, time: d.engine.session.clock.time, target: d.engine.view.target };
		d.command(message);
		expect({ chapter: d.chapter, focus: d.engine.session.focusId, window: d.engine.session.clock.window, time: d.engine.session.clock.time, target: d.engine.view.target }).toEqual(before);
		expect(warn).toHaveBeenCalledWith(expect.stringContaining(warning));
	});
});
