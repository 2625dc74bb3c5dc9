// The map's framing a link carries (`map`), set once the page has settled: shared by the explorer
// (restore-view.ts) and the embed, in a module of its own so the embed's first load carries this
// and not the explorer's whole restore.
import { tick } from 'svelte';
import type { CameraExtent } from '../map/camera';

/** The map's camera as a link sets it (state/map-view.svelte.ts): false for a framing it cannot show. */
export interface CameraRestorer {
	restore(extent: CameraExtent): boolean;
}

/**
 * Frames the map as a link asked (`map`), once the page has settled: the table it waits for has
 * arrived (a table widens the map's frame, which frames the map again) and the camera has followed
 * the focus or the chapter (in an effect). False for a framing this map cannot show.
 */
export async function restoreCamera(camera: CameraRestorer, extent: CameraExtent, dataArrived: Promise<void> | null): Promise<boolean> {
	await dataArrived;
	await tick();
	return camera.restore(extent);
}
