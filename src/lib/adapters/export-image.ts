// A PNG or SVG of the view on screen: loaded when the reader asks for one, so no page's first
// load carries it.
import { ExportFrame, type ExportSubject } from '../state/export-frame.svelte';
import type { MapView } from '../state/map-view.svelte';
import { viewedExtent } from '../map/camera';
import { frameSize, type ImageSize } from '../export/frame-size';
import { frameToSvg } from '../export/svg-writer';
import { exportFileName } from '../export/file-name';
import { sahelDetail } from '../map/sahel-detail';
import { createTextMeasure } from './text-measure';
import { frameToPng } from './frame-painter';
import { saveFile } from './save-file';

export interface ImageRequest {
	format: 'png' | 'svg';
	size: ImageSize;
	transparent: boolean;
}

/** What the file is named after: a chapter's id, the attack in focus, the region. */
export type Named = ExportSubject & { name: () => string };

/** The view on screen as it frames it: its centre and width, on the frame's own projection. */
export function screenCamera(view: MapView) {
	return viewedExtent(view.transform, view.width, view.height, view.projection) ?? view.target;
}

/** The screen's map, width / height: a frame of another shape shows what it shows north to south too. */
export const screenAspect = (view: MapView) => view.width / Math.max(1, view.height);

export function imageFrame(subject: Named, view: MapView, request: ImageRequest) {
	const exporter = new ExportFrame(subject, view.frame, createTextMeasure(), sahelDetail);
	const [camera, aspect] = [screenCamera(view), screenAspect(view)];
	return exporter.compose(frameSize(request.size, view), (frame) => frame.look(camera, aspect), request.transparent);
}

/** Builds the file and hands it to the browser's downloads; returns its name. */
export async function exportImage(subject: Named, view: MapView, request: ImageRequest): Promise<string> {
	const frame = imageFrame(subject, view, request);
	// The painting in a task of its own, after the composing: neither holds the page as long as both.
	await new Promise((resolve) => setTimeout(resolve, 0));
	const name = exportFileName(subject.name(), subject.session.clock.time, subject.session.zone, request.format);
	const blob = request.format === 'svg' ? new Blob([frameToSvg(frame)], { type: 'image/svg+xml' }) : await frameToPng(frame);
	saveFile(blob, name);
	return name;
}
