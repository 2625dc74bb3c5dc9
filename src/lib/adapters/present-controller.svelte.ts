// What /present runs beside its layout: the chapters, its end of the notes channel (the notes
// window's is notes-controller.svelte.ts), the presenter's keys, full screen and the URL.
import { onMount, untrack } from 'svelte';
import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import type { Scenario } from '../scenario/schema';
import { planView } from '../story/view-plan';
import { quoteInput } from '../i18n/quote';
import { presenterKeyFor, type PresenterAction } from '../present/presenter-keys';
import { talkStartedAt } from '../present/talk-start';
import type { Locale } from '../state/locale.svelte';
import { Presenter } from '../state/presenter.svelte';
import { StoryDriver } from '../state/story-driver.svelte';
import { currentView } from '../url/current-view';
import { viewedExtent } from '../map/camera';
import { explorerHref, pageHref } from '../url/links';
import { chapterParam, writeParam } from '../url/params';
import { langNotice, noticeText } from '../url/view-params';
import { replaceAfterHydration } from './history';
import { createFrameBatch } from './frame-batch';
import { createNotesChannel, notesChannelName, type Inbox, type NotesChannel } from './notes-sync';
import { addToPresenterInbox, takeSteps, type PresenterInbox } from '../present/channel-inbox';

/** The presenter's window. Call during the page's initialisation. */
export class PresentController {
	readonly story: StoryDriver;
	/** Which chapter the talk is on; it stays put when the speaker focuses another incident. */
	readonly presenter: Presenter;
	notices = $state<string[]>([]);
	fullscreen = $state(false);
	/** The screen is black (B), so the audience looks at the speaker; the talk goes on underneath. */
	blackout = $state(false);
	/** The chapter menu is open (C). */
	chaptersOpen = $state(false);
	/** The export dialog is open (E). */
	exportOpen = $state(false);

	#locale: Locale;
	#channel: NotesChannel | null = null;
	#restored = $state(false);

	constructor(scenario: Scenario, locale: Locale) {
		this.#locale = locale;
		this.story = new StoryDriver(scenario);
		const start = talkStartedAt(() => (browser ? sessionStorage : null), scenario.id, Date.now());
		this.presenter = new Presenter(scenario.chapters, start.at);
		const { presenter } = this;

		onMount(() => {
			const search = new URLSearchParams(location.search);
			const asked = search.get('chapter');
			const notices: string[] = [];
			if (asked !== null && !presenter.goTo(asked)) notices.push(locale.t('invalidChapter', { id: quoteInput(asked) }));
			const lang = langNotice(search);
			if (lang) notices.push(noticeText(locale.lang, lang));
			if (!start.kept) notices.push(locale.t('talkStartNotKept'));
			this.notices = [...this.notices, ...notices];
			this.#restored = true;
			// Handled once per frame, so a flood of steps moves the talk once and says so once.
			const inbox = createFrameBatch<Inbox<'presenter'>, PresenterInbox>(addToPresenterInbox, ({ steps, hello }) => {
				takeSteps(steps, scenario.chapters.length, (direction) => (direction > 0 ? presenter.next() : presenter.previous()));
				if (hello) this.#announce();
			});
			this.#channel = createNotesChannel({
				name: notesChannelName(scenario.id),
				role: 'presenter',
				origin: location.origin,
				onMessage: inbox.add
			});
			// A notes window left open while this one reloads takes the state again.
			this.#announce();
			const onfullscreenchange = () => (this.fullscreen = document.fullscreenElement !== null);
			document.addEventListener('fullscreenchange', onfullscreenchange);
			return () => {
				inbox.cancel();
				this.#channel?.close();
				document.removeEventListener('fullscreenchange', onfullscreenchange);
				this.story.engine.session.clock.pause();
			};
		});

		// Each chapter sets the window, the cursor, the focus, the layers and the camera.
		$effect(() => {
			const id = presenter.currentId;
			if (!this.#restored) return;
			untrack(() => {
				this.story.engine.session.clock.pause();
				this.story.apply(planView(scenario, { chapter: id }));
				this.#channel?.post({ type: 'chapter', id });
			});
			return replaceAfterHydration((url) => {
				writeParam(url.searchParams, chapterParam, id);
				return url;
			});
		});
	}

	/** For <svelte:window onkeydown>: the presenter's keys, wherever the focus is. */
	onkeydown = (event: KeyboardEvent): void => {
		// The export dialog keeps its keys (Esc closes it, Space and the arrows work its controls).
		if (this.exportOpen) return;
		const action = presenterKeyFor(event);
		if (!action) return;
		event.preventDefault();
		this.act(action);
	};

	act(action: PresenterAction): void {
		const { presenter } = this;
		switch (action) {
			case 'next':
				return presenter.next();
			case 'previous':
				return presenter.previous();
			case 'first':
				return presenter.first();
			case 'last':
				return presenter.last();
			case 'play-pause':
				return this.#playPause();
			case 'fullscreen':
				// Refused without a user gesture or by policy; the button stays as it was.
				(document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => {});
				return;
			case 'notes':
				window.open(pageHref(resolve('/present/notes'), this.#locale.lang), 'sahel-timeline-notes', 'popup,width=900,height=640');
				return;
			case 'chapters':
				this.chaptersOpen = !this.chaptersOpen;
				return;
			case 'export':
				this.exportOpen = true;
				return;
			case 'blackout':
				this.blackout = !this.blackout;
				return;
			case 'leave':
				// Esc on a black screen brings the talk back rather than leaving it.
				if (this.blackout) this.blackout = false;
				else location.href = this.#explorerUrl();
				return;
		}
	}

	#announce(): void {
		this.#channel?.post({ type: 'state', chapterId: this.presenter.currentId, startedAt: this.presenter.startedAt });
	}

	/** The explorer at the chapter's time and focus, framed as the audience sees the map now (the chapter's framing or the speaker's own zoom). */
	#explorerUrl(): string {
		const { session, view } = this.story.engine;
		const shown = { ownExtent: viewedExtent(view.transform, view.width, view.height, view.projection) };
		return explorerHref(new URL(resolve('/'), location.href), currentView(session, this.#locale.lang, shown));
	}

	/** Plays the chapter's own time span, even if the reader has moved the timeline's window since. */
	#playPause(): void {
		const clock = this.story.engine.session.clock;
		if (clock.playing) return clock.pause();
		const chapter = this.presenter.current;
		const from = Date.parse(chapter.window.from);
		const to = Date.parse(chapter.window.to);
		if (clock.window.from !== from || clock.window.to !== to) clock.setWindow({ from, to });
		clock.play();
	}
}
