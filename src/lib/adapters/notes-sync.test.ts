import { describe, expect, it } from 'vitest';
import { createNotesChannel, notesChannelName, parseNotesMessage, type NotesChannelPort, type NotesMessage } from './notes-sync';

/** BroadcastChannel in memory: a message reaches every other port of the same name, not the sender. */
function fakeBroadcast() {
	const ports = new Map<string, Set<FakePort>>();
	interface FakePort extends NotesChannelPort {
		listeners: ((event: { data: unknown }) => void)[];
	}
	const open = (name: string): FakePort => {
		const port: FakePort = {
			listeners: [],
			postMessage: (data) => {
				// structuredClone, as the real channel copies what it sends.
				for (const other of ports.get(name) ?? []) if (other !== port) other.listeners.forEach((l) => l({ data: structuredClone(data) }));
			},
			addEventListener: (_type, listener) => port.listeners.push(listener),
			close: () => ports.get(name)?.delete(port)
		};
		ports.set(name, (ports.get(name) ?? new Set()).add(port));
		return port;
	};
	return { open, post: (name: string, data: unknown) => open(name).postMessage(data) };
}

describe('parseNotesMessage', () => {
	it.each<NotesMessage>([
		{ type: 'chapter', id: 'inates' },
		{ type: 'hello' },
		{ type: 'state', chapterId: 'inates', startedAt: 1_700_000_000_000 },
		{ type: 'state', chapterId: null, startedAt: 1_700_000_000_000 },
		{ type: 'next' },
		{ type: 'previous' }
	])('accepts %o', (message) => {
		expect(parseNotesMessage(message)).toEqual(message);
	});

	it.each([
		null,
		'next',
		{},
		{ type: 'goto', id: 'inates' },
		{ type: 'chapter' },
		{ type: 'chapter', id: 'Not A Slug' },
		{ type: 'state', chapterId: 'inates' },
		{ type: 'state', chapterId: 'inates', startedAt: 'now' }
	])('ignores %o', (data) => {
		expect(parseNotesMessage(data)).toBeNull();
	});
});

describe('createNotesChannel', () => {
	it('round trip: the notes window says hello, the presenter answers with the state, the notes ask for the next chapter', () => {
		const broadcast = fakeBroadcast();
		const name = notesChannelName('sahel-2017-2020');
		const startedAt = Date.UTC(2024, 4, 1, 9);
		let current = 'tongo-tongo';
		const seenByNotes: NotesMessage[] = [];

		const presenter = createNotesChannel(
			name,
			(message) => {
				if (message.type === 'hello') presenter.post({ type: 'state', chapterId: current, startedAt });
				if (message.type === 'next') {
					current = 'inates';
					presenter.post({ type: 'chapter', id: current });
				}
			},
			broadcast.open
		);
		const notes = createNotesChannel(name, (message) => seenByNotes.push(message), broadcast.open);

		notes.post({ type: 'hello' });
		notes.post({ type: 'next' });
		expect(seenByNotes).toEqual([
			{ type: 'state', chapterId: 'tongo-tongo', startedAt },
			{ type: 'chapter', id: 'inates' }
		]);
		expect(current).toBe('inates');

		notes.close();
		presenter.post({ type: 'chapter', id: 'ayorou' });
		expect(seenByNotes).toHaveLength(2);
	});

	it('ignores what the schemas do not describe, and other stories’ channels', () => {
		const broadcast = fakeBroadcast();
		const received: NotesMessage[] = [];
		createNotesChannel(notesChannelName('sahel-2017-2020'), (message) => received.push(message), broadcast.open);
		broadcast.post(notesChannelName('sahel-2017-2020'), { type: 'chapter', id: 42 });
		broadcast.post(notesChannelName('sahel-2017-2020'), 'next');
		broadcast.post(notesChannelName('another-story'), { type: 'next' });
		expect(received).toEqual([]);
	});
});
