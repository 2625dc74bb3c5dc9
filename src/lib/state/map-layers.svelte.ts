import { getContext, setContext } from 'svelte';
import type { Layer } from '../scenario/schema';
import * as vocabulary from '../scenario/vocabulary';

/** The map layers a reader can switch, in the order the toggles list them; incidents and context events are always shown. */
export const LAYERS: readonly Layer[] = vocabulary.LAYERS;

/** Which optional layers are on: set by the reader's toggles and by each chapter. */
export class MapLayers {
	shown = $state<Record<Layer, boolean>>({
		tracks: true,
		sorties: true,
		'range-rings': false,
		'response-surface': false
	});

	toggle(layer: Layer): void {
		this.shown[layer] = !this.shown[layer];
	}

	/** Exactly these layers on, the others off (a chapter's list). */
	showOnly(layers: readonly Layer[]): void {
		for (const layer of LAYERS) this.shown[layer] = layers.includes(layer);
	}
}

const key = Symbol('map-layers');

export function setMapLayers(layers: MapLayers): MapLayers {
	return setContext(key, layers);
}

export function getMapLayers(): MapLayers {
	return getContext<MapLayers>(key);
}
