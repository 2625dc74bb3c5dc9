// The page's side of the video encoder's worker (video-encoder.worker.ts): frames posted in order,
// at most a few in flight (the worker paints and encodes one while the page composes the next), the
// file's bytes back at the end, and a failure in the worker as an error here.
import type { Frame } from '../export/frame';
import { FromEncoderSchema, withoutSentLayer, type ToEncoder } from './video-encoder-messages';

/** Frames posted and not yet taken by the encoder: enough to keep both cores busy, few enough to hold little memory. */
const IN_FLIGHT = 3;

export interface VideoEncoderClient {
	start(options: Omit<Extract<ToEncoder, { type: 'start' }>, 'type'>): void;
	/** Resolves once the worker has room for the next frame. */
	add(frame: Frame, index: number): Promise<void>;
	finish(): Promise<{ buffer: ArrayBuffer; mimeType: string }>;
	/** Stops the worker (done, failed or cancelled). */
	close(): void;
}

export function videoEncoderClient(): VideoEncoderClient {
	const worker = new Worker(new URL('./video-encoder.worker.ts', import.meta.url), { type: 'module' });
	const sent = { key: null as string | null };
	let inFlight = 0;
	let failure: Error | null = null;
	let room: (() => void) | null = null;
	let finished: { resolve: (result: { buffer: ArrayBuffer; mimeType: string }) => void; reject: (error: Error) => void } | null = null;
	const fail = (error: Error) => {
		failure ??= error;
		room?.();
		finished?.reject(failure);
	};
	worker.onmessage = (event: MessageEvent<unknown>) => {
		const parsed = FromEncoderSchema.safeParse(event.data);
		if (!parsed.success) return fail(new Error('a message from the video encoder could not be read'));
		const message = parsed.data;
		if (message.type === 'added') {
			inFlight--;
			room?.();
			room = null;
		} else if (message.type === 'finished') finished?.resolve(message);
		else fail(new Error(message.message));
	};
	worker.onerror = (event) => fail(new Error(event.message || 'the video encoder stopped'));
	const post = (message: ToEncoder) => worker.postMessage(message);
	return {
		start: (options) => post({ type: 'start', ...options }),
		async add(frame, index) {
			if (failure) throw failure;
			post({ type: 'frame', index, frame: withoutSentLayer(frame, sent) });
			inFlight++;
			while (inFlight >= IN_FLIGHT && !failure) await new Promise<void>((resolve) => (room = resolve));
			if (failure) throw failure;
		},
		finish() {
			if (failure) return Promise.reject(failure);
			const result = new Promise<{ buffer: ArrayBuffer; mimeType: string }>((resolve, reject) => (finished = { resolve, reject }));
			post({ type: 'finish' });
			return result;
		},
		close: () => worker.terminate()
	};
}
