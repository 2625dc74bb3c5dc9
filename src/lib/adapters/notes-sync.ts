// The presenter window and the speaker-notes window keep each other in sync
// over a BroadcastChannel (same origin, no server). The presenter owns the
// state; the notes window asks for it when it opens and sends navigation
// requests back, which the presenter carries out and then announces.
import * as z from 'zod/mini';
import { IdSchema } from '../url/params';

const NotesMessageSchema = z.discriminatedUnion('type', [
	/** Presenter → notes: the current chapter changed. */
	z.object({ type: z.literal('chapter'), id: IdSchema }),
	/** Notes → presenter: a notes window opened and wants the state. */
	z.object({ type: z.literal('hello') }),
	/** Presenter → notes, answering hello. `startedAt` (epoch ms) is when the talk began, for the elapsed time. */
	z.object({ type: z.literal('state'), chapterId: z.nullable(IdSchema), startedAt: z.int().check(z.positive()) }),
	/** Notes → presenter: navigation from the second screen. */
	z.object({ type: z.literal('next') }),
	z.object({ type: z.literal('previous') })
]);

export type NotesMessage = z.infer<typeof NotesMessageSchema>;

export function parseNotesMessage(data: unknown): NotesMessage | null {
	const parsed = NotesMessageSchema.safeParse(data);
	return parsed.success ? parsed.data : null;
}

/** Which end of the channel a window is; each obeys only what the other end sends. */
export type NotesRole = 'presenter' | 'notes';

const INBOX = {
	presenter: ['hello', 'next', 'previous'],
	notes: ['chapter', 'state']
} as const satisfies Record<NotesRole, readonly NotesMessage['type'][]>;

/** The messages a window in this role obeys. */
export type Inbox<R extends NotesRole> = Extract<NotesMessage, { type: (typeof INBOX)[R][number] }>;

/** One channel per story, so two stories open side by side do not steer each other. */
export function notesChannelName(scenarioId: string): string {
	return `sahel-timeline-notes:${scenarioId}`;
}

/** The part of BroadcastChannel the sync uses, so tests can pass a fake. */
export interface NotesChannelPort {
	postMessage(message: unknown): void;
	addEventListener(type: 'message', listener: (event: { data: unknown; origin: string }) => void): void;
	close(): void;
}

export interface NotesChannel {
	post(message: NotesMessage): void;
	close(): void;
}

export interface NotesChannelOptions<R extends NotesRole> {
	name: string;
	role: R;
	/** The page's own origin: a BroadcastChannel delivers only same-origin messages, and this says so again. */
	origin: string;
	onMessage: (message: Inbox<R>) => void;
	channelFactory?: (name: string) => NotesChannelPort;
}

/**
 * Opens the channel and hands `onMessage` every valid message the other end sends; anything else
 * on the channel (another version of the app, a stray script, the other role's own messages from
 * a second window) is ignored. A BroadcastChannel does not deliver a window's own messages back to it.
 */
export function createNotesChannel<R extends NotesRole>(options: NotesChannelOptions<R>): NotesChannel {
	const { name, role, origin, onMessage, channelFactory = (n) => new BroadcastChannel(n) } = options;
	const inbox: readonly string[] = INBOX[role];
	const port = channelFactory(name);
	port.addEventListener('message', (event) => {
		if (event.origin !== origin) return;
		const message = parseNotesMessage(event.data);
		if (message && inbox.includes(message.type)) onMessage(message as Inbox<R>);
	});
	return {
		post: (message) => port.postMessage(message),
		close: () => port.close()
	};
}
