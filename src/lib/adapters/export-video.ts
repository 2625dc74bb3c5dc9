// A video of the story, rendered offline frame by frame (state/video-story.svelte.ts) and encoded
// with WebCodecs through mediabunny: WebM (VP9, else VP8) everywhere, MP4 (H.264) where the browser
// encodes it. The page stays responsive: it composes each frame in a task of its own and a worker
// paints and encodes it (video-encoder.worker.ts). Loaded on first use only.
import { canEncodeVideo, getFirstEncodableVideoCodec } from 'mediabunny';
import { ExportFrame, type ExportSubject } from '../state/export-frame.svelte';
import type { GeoBox } from '../geo/geo-box';
import { VideoStory, type VideoScope } from '../state/video-story.svelte';
import { Locale } from '../state/locale.svelte';
import type { Scenario } from '../scenario/schema';
import { exportFileName } from '../export/file-name';
import { webVtt, type Cue } from '../export/webvtt';
import { sahelDetail } from '../map/sahel-detail';
import type { Lang } from '../i18n/messages';
import { createTextMeasure } from './text-measure';
import { videoEncoderClient } from './video-encoder-client';
import { saveFile } from './save-file';
import { noEncoderFor } from '../export/export-problem';

export type VideoFormat = 'webm' | 'mp4';

export interface VideoRequest {
	scope: VideoScope;
	format: VideoFormat;
	fps: 30 | 60;
	lines: 720 | 1080;
}

/** Laid out at 1280 × 720 and scaled, so a 1080p frame has the same type as a 720p one, sharper. */
const LAYOUT = { width: 1280, height: 720 };

/** Whether this browser can encode MP4's H.264 at that size (WebM has VP9 or VP8 in every WebCodecs browser). */
export function canEncodeMp4(lines: 720 | 1080): Promise<boolean> {
	return canEncodeVideo('avc', { width: (lines * 16) / 9, height: lines });
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const cancelled = () => new DOMException('The export was cancelled', 'AbortError');

export interface VideoResult {
	video: { name: string; blob: Blob };
	captions: { name: string; text: string };
	frames: number;
}

/** What the page's map shows besides the story: its region (widened to a dataset's bounds) and the events drawn under the story. */
export interface PageMap {
	frame: GeoBox;
	events: NonNullable<ExportSubject['events']>;
}

/**
 * Renders and encodes the video, reporting progress (0–1); rejects with an AbortError once
 * `signal` aborts. `name` is what the files are named after.
 */
export async function renderVideo(scenario: Scenario, page: PageMap, lang: Lang, link: string, name: string, request: VideoRequest, onprogress: (done: number) => void, signal: AbortSignal): Promise<VideoResult> {
	const { fps, lines } = request;
	const width = (lines * 16) / 9;
	const size = { ...LAYOUT, scale: lines / LAYOUT.height };
	// The first of the codecs asked for that this browser encodes: one of those two, or null.
	const webm = async () => (await getFirstEncodableVideoCodec(['vp9', 'vp8'], { width, height: lines })) as 'vp9' | 'vp8' | null;
	const codec = request.format === 'mp4' ? ((await canEncodeMp4(lines)) ? 'avc' : null) : await webm();
	if (!codec) throw noEncoderFor(request.format);

	// The video's own session and language: the page is not touched while it renders.
	const locale = new Locale(lang);
	const story = new VideoStory(scenario, () => locale.lang);
	let title = '';
	const subject = { session: story.session, simulation: story.simulation, layers: story.layers, locale, title: () => title, link: () => link, events: page.events };
	// The base map computed once under every camera the video passes: its flights cost no new paths.
	const exporter = new ExportFrame(subject, page.frame, createTextMeasure(), sahelDetail, true);

	// A first pass counts the frames and finds the tallest footer (once a second), so the map keeps one box throughout.
	let count = 0;
	let minFoot = 0;
	for (const frame of story.frames(request.scope, fps, exporter.view)) {
		if (count % fps === 0) {
			if (signal.aborted) throw cancelled();
			title = frame.title;
			exporter.compose(size, frame.camera, false);
			minFoot = Math.max(minFoot, exporter.footHeight);
			await nextTask();
		}
		count++;
	}

	// Painted and encoded in a worker: the page composes frame after frame in short tasks.
	const encoder = videoEncoderClient();
	encoder.start({ width, height: lines, fps, codec, format: request.format });
	const cues: Cue[] = [];
	let cuedChapter: string | null = null;
	let startedAt = 0;
	let index = 0;
	let encoded: { buffer: ArrayBuffer; mimeType: string };
	try {
		for (const frame of story.frames(request.scope, fps, exporter.view)) {
			if (signal.aborted) throw cancelled();
			if (index === 0) startedAt = story.session.clock.time;
			title = frame.title;
			await encoder.add(exporter.compose(size, frame.camera, false, minFoot), index);
			// One cue per chapter on screen: its title and narration.
			const chapter = scenario.chapters.find((c) => c.id === frame.chapterId);
			if (chapter && chapter.id === cuedChapter) cues.at(-1)!.end = (index + 1) / fps;
			else if (chapter) cues.push({ start: index / fps, end: (index + 1) / fps, text: `${chapter.title[lang]}\n${chapter.narration[lang]}` });
			cuedChapter = frame.chapterId;
			index++;
			onprogress(Math.min(1, index / count));
			await nextTask();
		}
		encoded = await encoder.finish();
	} finally {
		encoder.close();
	}
	const zone = story.session.zone;
	const file = (extension: string) => exportFileName(name, startedAt, zone, extension);
	return {
		video: { name: file(request.format), blob: new Blob([encoded.buffer], { type: encoded.mimeType }) },
		captions: { name: file('vtt'), text: webVtt(cues) },
		frames: index
	};
}

/** Renders the video and hands it and its captions to the browser's downloads; returns their names. */
export async function exportVideo(...args: Parameters<typeof renderVideo>): Promise<string[]> {
	const { video, captions } = await renderVideo(...args);
	saveFile(video.blob, video.name);
	if (captions.text.includes('-->')) saveFile(new Blob([captions.text], { type: 'text/vtt' }), captions.name);
	return [video.name, ...(captions.text.includes('-->') ? [captions.name] : [])];
}
