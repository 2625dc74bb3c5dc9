import { untrack } from 'svelte';
import type { GeoBox } from '../geo/geo-box';
import type { GeoProjection } from 'd3';
import { projectMany, rowProjector } from '../map/projection';

export interface Points {
	x: Float32Array;
	y: Float32Array;
}

interface Input {
	frame: GeoBox;
	projection: GeoProjection;
	lon: Float32Array;
	lat: Float32Array;
}

/** Rows projected in one task: a million take ~70 ms of a busy core, so a large table goes a chunk a task. */
const CHUNK_ROWS = 200_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * The events' points projected for the map, once per table and projection (a resize), for the
 * events' canvas. A table of up to CHUNK_ROWS rows is projected at once, in the flush that shows
 * it; a larger one a chunk a task after it (issue 12: no main-thread task over 50 ms when a
 * million events arrive), its points null until done, or the last ones while the same table is
 * projected again. Create during a component's initialisation.
 */
export class ProjectedPoints {
	#done = $state.raw<{ input: Input; points: Points } | null>(null);
	readonly #read: () => Input | null;
	readonly #input = $derived.by(() => this.#read());

	constructor(read: () => Input | null) {
		this.#read = read;
		$effect(() => {
			const input = this.#input;
			if (!input || input.lon.length <= CHUNK_ROWS) return;
			let cancelled = false;
			void (async () => {
				const project = rowProjector(input.frame, input.projection);
				const n = input.lon.length;
				const points = { x: new Float32Array(n), y: new Float32Array(n) };
				for (let from = 0; from < n; from += CHUNK_ROWS) {
					await nextTask();
					if (cancelled) return;
					project(input.lon, input.lat, points.x, points.y, from, Math.min(n, from + CHUNK_ROWS));
				}
				untrack(() => (this.#done = { input, points }));
			})();
			return () => {
				cancelled = true;
			};
		});
	}

	readonly current: Points | null = $derived.by(() => {
		const input = this.#input;
		if (!input) return null;
		if (input.lon.length <= CHUNK_ROWS) return projectMany(input.frame, input.projection, input.lon, input.lat);
		const done = this.#done;
		// The same table's last points stand in while it is projected again; another table's never.
		return done && done.input.lon === input.lon ? done.points : null;
	});
}
