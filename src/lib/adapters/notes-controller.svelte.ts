// What /present/notes runs beside its layout: the notes window's end of the channel to the
// presenter's window. A file of its own: the presenter's (present-controller.svelte.ts) brings the
// story engine and with it the map's topology, which this window, with no map, has no use for.
import { onMount } from 'svelte';
import type { Scenario } from '../scenario/schema';
import { chapterIndex, nextChapter } from '../story/chapter-nav';
import { formatElapsed } from '../present/elapsed';
import { presenterKeyFor } from '../present/presenter-keys';
import type { Locale } from '../state/locale.svelte';
import { langNotice, noticeText } from '../url/view-params';
import { createFrameBatch } from './frame-batch';
import { createNotesChannel, notesChannelName, type Inbox, type NotesChannel } from './notes-sync';
import { addToNotesInbox } from '../present/channel-inbox';

/** The speaker-notes window: follows the presenter's chapter and steps it from here. Call during the page's initialisation. */
export class NotesController {
	readonly chapters: Scenario['chapters'];
	#chapterId = $state<string | null>(null);
	#startedAt = $state<number | null>(null);
	#now = $state(Date.now());
	#channel: NotesChannel | null = null;
	notices = $state<string[]>([]);

	/** Null until the presenter's window answers. */
	chapter = $derived.by(() => this.chapters.find((c) => c.id === this.#chapterId) ?? null);
	upNext = $derived.by(() => (this.#chapterId ? nextChapter(this.chapters, this.#chapterId) : null));
	index = $derived.by(() => chapterIndex(this.chapters, this.#chapterId));
	elapsed = $derived(formatElapsed(this.#startedAt === null ? 0 : this.#now - this.#startedAt));
	/** The time now, to the second (for the wall clock). */
	get now(): number {
		return this.#now;
	}

	constructor(scenario: Scenario, locale: Locale) {
		this.chapters = scenario.chapters;
		onMount(() => {
			const lang = langNotice(new URLSearchParams(location.search));
			if (lang) this.notices = [noticeText(locale.lang, lang)];
			// The latest of what the presenter says, shown once per frame however often it speaks.
			const inbox = createFrameBatch<Inbox<'notes'>, Inbox<'notes'>[]>(addToNotesInbox, (messages) => {
				for (const message of messages) {
					if (message.type === 'state') {
						this.#chapterId = message.chapterId;
						this.#startedAt = message.startedAt;
					} else this.#chapterId = message.id;
				}
			});
			this.#channel = createNotesChannel({ name: notesChannelName(scenario.id), role: 'notes', origin: location.origin, onMessage: inbox.add });
			this.#channel.post({ type: 'hello' });
			const timer = setInterval(() => (this.#now = Date.now()), 1000);
			return () => {
				clearInterval(timer);
				inbox.cancel();
				this.#channel?.close();
			};
		});
	}

	step(direction: 'next' | 'previous'): void {
		this.#channel?.post({ type: direction });
	}

	/** For <svelte:window onkeydown>: the speaker's screen often has the focus, so a clicker pressed here steps the talk. */
	onkeydown = (event: KeyboardEvent): void => {
		const action = presenterKeyFor(event);
		if (action !== 'next' && action !== 'previous') return;
		event.preventDefault();
		this.step(action);
	};
}
