import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, fuzzTimeout } from '../../../tests/unit/fuzz';
import { createNotesChannel, notesChannelName, parseNotesMessage, type Inbox, type NotesChannelPort, type NotesMessage, type NotesRole } from './notes-sync';

const ORIGIN = 'https://timeline.example.org';
const NAME = notesChannelName('sahel-2017-2020');

interface FakePort extends NotesChannelPort {
	listeners: ((event: { data: unknown; origin: string }) => void)[];
}

/** BroadcastChannel in memory: a message reaches every other port of the same name, not the sender. */
function fakeBroadcast() {
	const ports = new Map<string, Set<FakePort>>();
	const open = (name: string): FakePort => {
		const port: FakePort = {
			listeners: [],
			postMessage: (data) => {
				// structuredClone, as the real channel copies what it sends.
				for (const other of ports.get(name) ?? []) if (other !== port) other.listeners.forEach((l) => l({ data: structuredClone(data), origin: ORIGIN }));
			},
			addEventListener: (_type, listener) => port.listeners.push(listener),
			close: () => ports.get(name)?.delete(port)
		};
		ports.set(name, (ports.get(name) ?? new Set()).add(port));
		return port;
	};
	return { open, post: (name: string, data: unknown) => open(name).postMessage(data) };
}

function listen<R extends NotesRole>(role: R, channelFactory: (name: string) => NotesChannelPort, name = NAME) {
	const received: Inbox<R>[] = [];
	const channel = createNotesChannel({ name, role, origin: ORIGIN, onMessage: (message) => received.push(message), channelFactory });
	return { channel, received };
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
		{ type: 'chapter', id: 'a'.repeat(101) },
		{ type: 'state', chapterId: 'inates' },
		{ type: 'state', chapterId: 'inates', startedAt: 'now' },
		{ type: 'state', chapterId: 'inates', startedAt: -1 },
		{ type: 'state', chapterId: 'inates', startedAt: 1.5 }
	])('ignores %o', (data) => {
		expect(parseNotesMessage(data)).toBeNull();
	});
});

describe('createNotesChannel', () => {
	it('round trip: the notes window says hello, the presenter answers with the state, the notes ask for the next chapter', () => {
		const broadcast = fakeBroadcast();
		const startedAt = Date.UTC(2024, 4, 1, 9);
		let current = 'tongo-tongo';
		const seenByNotes: Inbox<'notes'>[] = [];

		const presenter = createNotesChannel({
			name: NAME,
			role: 'presenter',
			origin: ORIGIN,
			onMessage: (message) => {
				if (message.type === 'hello') presenter.post({ type: 'state', chapterId: current, startedAt });
				if (message.type === 'next') {
					current = 'inates';
					presenter.post({ type: 'chapter', id: current });
				}
			},
			channelFactory: broadcast.open
		});
		const notes = createNotesChannel({ name: NAME, role: 'notes', origin: ORIGIN, onMessage: (message) => seenByNotes.push(message), channelFactory: broadcast.open });

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
		const { received } = listen('presenter', broadcast.open);
		broadcast.post(NAME, { type: 'chapter', id: 42 });
		broadcast.post(NAME, 'next');
		broadcast.post(notesChannelName('another-story'), { type: 'next' });
		expect(received).toEqual([]);
	});

	it('each window obeys only what the other end sends: a second presenter cannot steer the first', () => {
		const broadcast = fakeBroadcast();
		const presenter = listen('presenter', broadcast.open);
		const notes = listen('notes', broadcast.open);
		broadcast.post(NAME, { type: 'chapter', id: 'inates' });
		broadcast.post(NAME, { type: 'next' });
		expect(presenter.received).toEqual([{ type: 'next' }]);
		expect(notes.received).toEqual([{ type: 'chapter', id: 'inates' }]);
	});

	it('fuzz: a message acts only if the schema describes it, the role receives it and it comes from the page’s origin', fuzzTimeout(), () => {
		const valid = fc.oneof(
			fc.record({ type: fc.constant('chapter'), id: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/) }),
			fc.constantFrom({ type: 'hello' }, { type: 'next' }, { type: 'previous' }),
			fc.record({ type: fc.constant('state'), chapterId: fc.option(fc.constant('inates')), startedAt: fc.oneof(fc.integer(), fc.double()) })
		);
		const data = fc.oneof(valid, fc.anything(), fc.record({ type: fc.string(), id: fc.anything(), startedAt: fc.anything() }));
		fc.assert(
			fc.property(data, fc.constantFrom<NotesRole>('presenter', 'notes'), fc.constantFrom(ORIGIN, 'https://evil.example', 'null'), (message, role, origin) => {
				const listeners: FakePort['listeners'] = [];
				const port: FakePort = { listeners, postMessage: () => {}, addEventListener: (_t, l) => listeners.push(l), close: () => {} };
				const { received } = listen(role, () => port);
				listeners.forEach((l) => l({ data: message, origin }));
				const parsed = parseNotesMessage(message);
				const forRole = role === 'presenter' ? ['hello', 'next', 'previous'] : ['chapter', 'state'];
				const acts = origin === ORIGIN && parsed !== null && forRole.includes(parsed.type);
				expect(received).toEqual(acts ? [parsed] : []);
			}),
			fuzzRuns()
		);
	});
});
