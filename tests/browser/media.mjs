// Reads an exported video's container back with mediabunny (ffprobe is not installed), in a blank
// page of the same browser: its own bundle there, so the app's copy in the page under test is not loaded twice.
import { readFileSync } from 'node:fs';

// Its browser bundle, by path: the package's exports do not name it.
const bundle = readFileSync(new URL('../../node_modules/mediabunny/dist/bundles/mediabunny.min.cjs', import.meta.url), 'utf8');

/** The container's MIME type, duration (s), the video track's frame count, size and codec. */
export async function readVideo(context, bytes) {
	const page = await context.newPage();
	try {
		await page.addScriptTag({ content: bundle });
		return await page.evaluate(async (base64) => {
			const { Input, BufferSource, ALL_FORMATS } = globalThis.Mediabunny;
			const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const input = new Input({ source: new BufferSource(data), formats: ALL_FORMATS });
			const track = await input.getPrimaryVideoTrack();
			const stats = await track.computePacketStats();
			return { mime: await input.getMimeType(), duration: await input.computeDuration(), frames: stats.packetCount, width: track.displayWidth, height: track.displayHeight, codec: track.codec };
		}, bytes.toString('base64'));
	} finally {
		await page.close();
	}
}
