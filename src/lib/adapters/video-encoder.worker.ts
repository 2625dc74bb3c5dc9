// The video's frames painted and encoded off the page's main thread: the page composes each frame
// (words, symbols, labels) and posts it; this worker paints it on its own canvas (the base map from
// its bitmap while the camera is still, from the marks it holds under each camera while it flies),
// hands it to WebCodecs through mediabunny, and posts back when it is taken, so the page sends the next one. One worker per video; the page cancels by
// terminating it.
import { BufferTarget, CanvasSource, Mp4OutputFormat, Output, QUALITY_HIGH, WebMOutputFormat } from 'mediabunny';
import type { Frame, Mark } from '../export/frame';
import { keepLayerBitmaps, paintFrame } from './frame-painter';
import { ToEncoderSchema, withHeldLayer, type FromEncoder, type ToEncoder } from './video-encoder-messages';

const post = (message: FromEncoder, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

/** The base map's marks, kept while its key stays: the page sends them once (a camera's flight moves them, the page does not send them again). */
const held: { key: string | null; marks: readonly Mark[] } = { key: null, marks: [] };
let encoding: { output: Output<WebMOutputFormat | Mp4OutputFormat, BufferTarget>; source: CanvasSource; context: OffscreenCanvasRenderingContext2D; fps: number } | null = null;

async function handle(message: ToEncoder): Promise<void> {
	if (message.type === 'start') {
		const canvas = new OffscreenCanvas(message.width, message.height);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('this browser cannot draw on a canvas');
		const output = new Output({ format: message.format === 'mp4' ? new Mp4OutputFormat() : new WebMOutputFormat(), target: new BufferTarget() });
		// Realtime mode: a software encoder keeps up with the frames instead of searching for the last bit of quality.
		const source = new CanvasSource(canvas, { codec: message.codec, quality: QUALITY_HIGH, latencyMode: 'realtime' });
		output.addVideoTrack(source, { frameRate: message.fps });
		await output.start();
		encoding = { output, source, context, fps: message.fps };
		keepLayerBitmaps(true);
		return;
	}
	if (!encoding) throw new Error('the encoder was not started');
	if (message.type === 'frame') {
		paintFrame(encoding.context, withHeldLayer({ ...message.frame, title: '', description: '' } satisfies Frame, held));
		await encoding.source.add(message.index / encoding.fps, 1 / encoding.fps);
		post({ type: 'added', index: message.index });
		return;
	}
	await encoding.output.finalize();
	keepLayerBitmaps(false);
	const buffer = encoding.output.target.buffer!;
	post({ type: 'finished', buffer, mimeType: encoding.output.format.mimeType }, [buffer]);
}

// One message at a time, in order: each frame is painted and taken before the next.
let queue = Promise.resolve();
self.onmessage = (event: MessageEvent<unknown>) => {
	const parsed = ToEncoderSchema.safeParse(event.data);
	if (!parsed.success) return post({ type: 'failed', message: `a message to the video encoder could not be read: ${parsed.error.message}` });
	queue = queue.then(() => handle(parsed.data)).catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
};
