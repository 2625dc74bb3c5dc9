// Where the explorer's map looks (review 2 and 7): its opening frame, and what a focus frames.
import { boxAround, unionBox, type GeoBox } from '../geo/geo-box';
import type { LonLat } from '../geo/lonlat';
import { extentAround } from '../map/camera';
import type { Scenario } from '../scenario/schema';
import { incidentExtent } from './incident-extent';
import { chapterExtent } from './chapter-extent';
import type { CameraTarget } from './view-plan';

/** Room around the base, the attack and its movements, as a share of their spread. */
const RESPONSE_MARGIN = 1.25;
/** Room around a dataset's events and the story's attacks. */
const EVENTS_MARGIN = 1.1;

/**
 * With no attack in focus: the story's opening frame, its first chapter without an incident (the
 * border region), rather than the whole of West Africa; null (the whole map) if it has none.
 */
export function homeExtent(scenario: Pick<Scenario, 'chapters' | 'places' | 'incidents' | 'movements'>): CameraTarget | null {
	const home = scenario.chapters.find((chapter) => !chapter.focus);
	return home ? chapterExtent(scenario, home) : null;
}

/**
 * What the explorer frames for a focus: the attack and its movements; and, while the air sorties
 * are drawn (`responseBase` is the base help flew from, or would in the reader's what-if), that
 * base too, so the response the panel explains is seen on the map. `aspect` is the map's width
 * over its height.
 */
export function explorerCamera(
	scenario: Scenario,
	focusId: string | null,
	responseBase: LonLat | null,
	aspect: number,
	events: GeoBox | null = null
): CameraTarget | null {
	if (focusId === null) return events ? withEvents(scenario, events, aspect) : homeExtent(scenario);
	const attack = incidentExtent(scenario, focusId);
	if (!attack || !responseBase) return attack;
	const incident = scenario.incidents.find((i) => i.id === focusId);
	const points = [
		{ lon: attack.center[0], lat: attack.center[1] },
		{ lon: responseBase[0], lat: responseBase[1] },
		...scenario.movements.filter((m) => m.incidentId === incident?.id).flatMap((m) => m.waypoints)
	];
	const box = boxAround(points);
	if (!box) return attack;
	const both = extentAround([box.west, box.south], [box.east, box.north], aspect, RESPONSE_MARGIN);
	return { center: both.center, widthKm: Math.max(both.widthKm, attack.widthKm) };
}

/**
 * With a dataset shown and no attack in focus: its events and the story's attacks together, so an
 * imported file reaching beyond the border region (ACLED for the whole Sahel) is seen whole.
 */
function withEvents(scenario: Pick<Scenario, 'places' | 'incidents'>, events: GeoBox, aspect: number): CameraTarget {
	const attacks = scenario.incidents.flatMap((incident) => scenario.places.filter((place) => place.id === incident.placeId));
	const box = unionBox(events, boxAround(attacks.map((place) => ({ lon: place.lon, lat: place.lat }))) ?? events);
	return extentAround([box.west, box.south], [box.east, box.north], aspect, EVENTS_MARGIN);
}

/** Whether two targets frame the same view (a new but equal target would fly the camera again). */
export function sameTarget(a: CameraTarget | null, b: CameraTarget | null): boolean {
	if (a === null || b === null) return a === b;
	return a.widthKm === b.widthKm && a.center[0] === b.center[0] && a.center[1] === b.center[1];
}
