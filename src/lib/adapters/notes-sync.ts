// The presenter window and the speaker-notes window keep each other in sync
// over a BroadcastChannel (same origin, no server). The presenter owns the
// state; the notes window asks for it when it opens and sends navigation
// requests back, which the presenter carries out and then announces.
import * as z from 'zod/mini';
import { ID_PATTERN, ID_PROBLEM } from '../scenario/vocabulary';

const IdSchema = z.string().check(z.regex(ID_PATTERN, ID_PROBLEM));

const NotesMessageSchema = z.discriminatedUnion('type', [
	/** Presenter → notes: the current chapter changed. */
	z.object({ type: z.literal('chapter'), id: IdSchema }),
	/** Notes → presenter: a notes window opened and wants the state. */
	z.object({ type: z.literal('hello') }),
	/** Presenter → notes, answering hello. `startedAt` (epoch ms) is when the talk began, for the elapsed time. */
	z.object({ type: z.literal('state'), chapterId: z.nullable(IdSchema), startedAt: z.number() }),
	/** Notes → presenter: navigation from the second screen. */
	z.object({ type: z.literal('next') }),
	z.object({ type: z.literal('previous') })
]);

export type NotesMessage = z.infer<typeof NotesMessageSchema>;

export function parseNotesMessage(data: unknown): NotesMessage | null {
	const parsed = NotesMessageSchema.safeParse(data);
	return parsed.success ? parsed.data : null;
}

/** One channel per story, so two stories open side by side do not steer each other. */
export function notesChannelName(scenarioId: string): string {
	return `sahel-timeline-notes:${scenarioId}`;
}

/** The part of BroadcastChannel the sync uses, so tests can pass a fake. */
export interface NotesChannelPort {
	postMessage(message: unknown): void;
	addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
	close(): void;
}

export interface NotesChannel {
	post(message: NotesMessage): void;
	close(): void;
}

/**
 * Opens the channel and hands every valid message to `onMessage`; anything else on the
 * channel (another version of the app, a stray script) is ignored. A BroadcastChannel does
 * not deliver a window's own messages back to it.
 */
export function createNotesChannel(
	name: string,
	onMessage: (message: NotesMessage) => void,
	channelFactory: (name: string) => NotesChannelPort = (n) => new BroadcastChannel(n)
): NotesChannel {
	const port = channelFactory(name);
	port.addEventListener('message', (event) => {
		const message = parseNotesMessage(event.data);
		if (message) onMessage(message);
	});
	return {
		post: (message) => port.postMessage(message),
		close: () => port.close()
	};
}
