// Rules a schema cannot see because they look across the scenario: every id
// that is referred to exists, ids are unique, times run forward, ranges are
// ranges, reports are dated consistently with their sources and say who gave
// them (check-incident.ts).
import { checkAtPlace, checkRange, referenceChecker, type Ids, type Path, type Refer, type Report } from './check-context';
import { checkIncident } from './check-incident';
import { instantOf } from './dates';
import { formatPath, type ScenarioError } from './error';
import { SCENARIO_LIMITS } from './limits';
import type { AircraftType, Base, Chapter, Dispute, Figure, Incident, Movement, Scenario, Sortie, SortieEvent } from './schema';

export function crossCheck(scenario: Scenario): ScenarioError[] {
	const errors: ScenarioError[] = [];
	const report: Report = (path, message) => errors.push({ path: formatPath(path), message });

	checkUniqueIds(scenario, report);
	const ids: Ids = {
		sources: new Map(scenario.sources.map((source) => [source.id, source])),
		places: new Map(scenario.places.map((place) => [place.id, place])),
		actors: new Set(scenario.actors.map((actor) => actor.id)),
		bases: new Set(scenario.bases.map((base) => base.id)),
		aircraftTypes: new Map(scenario.aircraftTypes.map((type) => [type.id, type])),
		incidents: new Set(scenario.incidents.map((incident) => incident.id)),
		movements: new Map(scenario.movements.map((movement) => [movement.id, movement])),
		context: new Set(scenario.context.map((event) => event.id))
	};
	const refer = referenceChecker(report);
	const incidents = new Map(scenario.incidents.map((incident) => [incident.id, incident]));

	scenario.places.forEach((place, i) => refer.sources(['places', i, 'sourceIds'], place.sourceIds, ids));
	scenario.actors.forEach((actor, i) => refer.sources(['actors', i, 'sourceIds'], actor.sourceIds, ids));
	scenario.aircraftTypes.forEach((type, i) => checkAircraftType(['aircraftTypes', i], type, ids, report, refer));
	scenario.bases.forEach((base, i) => checkBase(['bases', i], base, ids, refer));
	scenario.incidents.forEach((incident, i) => checkIncident(['incidents', i], incident, ids, report, refer));
	scenario.movements.forEach((movement, i) => checkMovement(['movements', i], movement, incidents.get(movement.incidentId), ids, report, refer));
	scenario.sorties.forEach((sortie, i) => checkSortie(['sorties', i], sortie, ids, report, refer));
	scenario.disputes.forEach((dispute, i) => checkDispute(['disputes', i], dispute, ids, report, refer));
	scenario.context.forEach((event, i) => {
		refer.sources(['context', i, 'sourceIds'], event.sourceIds, ids);
		if (event.figure !== undefined) checkFigure(['context', i, 'figure'], event.figure, ids, report, refer);
	});
	scenario.chapters.forEach((chapter, i) => checkChapter(['chapters', i], chapter, incidents, ids, report, refer));
	return errors;
}

function checkAircraftType(at: Path, type: AircraftType, ids: Ids, report: Report, refer: Refer): void {
	refer.all([...at, 'operatorIds'], type.operatorIds, ids.actors, 'actor');
	refer.sources([...at, 'sourceIds'], type.sourceIds, ids);
	const figures = { cruiseKmh: type.cruiseKmh, maxKmh: type.maxKmh, enduranceH: type.enduranceH, combatRadiusKm: type.combatRadiusKm };
	for (const [key, figure] of Object.entries(figures)) {
		if (figure !== undefined) checkFigure([...at, key], figure, ids, report, refer);
	}
	// The simulation judges reported timings against the top speed; below cruise, every one fails.
	if (type.maxKmh.value < type.cruiseKmh.value) {
		report([...at, 'maxKmh', 'value'], `${type.maxKmh.value} km/h is below cruiseKmh (${type.cruiseKmh.value} km/h)`);
	}
}

function checkBase(at: Path, base: Base, ids: Ids, refer: Refer): void {
	refer.one([...at, 'placeId'], base.placeId, ids.places, 'place');
	refer.all([...at, 'operatorIds'], base.operatorIds, ids.actors, 'actor');
	refer.sources([...at, 'sourceIds'], base.sourceIds, ids);
	base.aircraft.forEach((aircraft, k) => {
		refer.one([...at, 'aircraft', k, 'aircraftTypeId'], aircraft.aircraftTypeId, ids.aircraftTypes, 'aircraft type');
		refer.one([...at, 'aircraft', k, 'operatorId'], aircraft.operatorId, ids.actors, 'actor');
		refer.one([...at, 'aircraft', k, 'sourceId'], aircraft.sourceId, ids.sources, 'source');
	});
}

function checkMovement(at: Path, movement: Movement, incident: Incident | undefined, ids: Ids, report: Report, refer: Refer): void {
	refer.one([...at, 'incidentId'], movement.incidentId, ids.incidents, 'incident');
	checkNearIncident(at, movement, incident, report);
	refer.one([...at, 'actorId'], movement.actorId, ids.actors, 'actor');
	refer.sources([...at, 'sourceIds'], movement.sourceIds, ids);
	movement.waypoints.forEach((waypoint, k) => {
		if (waypoint.placeId !== undefined) {
			refer.one([...at, 'waypoints', k, 'placeId'], waypoint.placeId, ids.places, 'place');
			checkAtPlace([...at, 'waypoints', k], waypoint, ids.places.get(waypoint.placeId), report);
		}
		const previous = movement.waypoints[k - 1];
		if (previous !== undefined && instantOf(waypoint.t) <= instantOf(previous.t)) {
			report([...at, 'waypoints', k, 't'], `${waypoint.t} is not after the previous waypoint (${previous.t}); waypoints must run forward in time`);
		}
	});
}

function checkDispute(at: Path, dispute: Dispute, ids: Ids, report: Report, refer: Refer): void {
	refer.one([...at, 'incidentId'], dispute.incidentId, ids.incidents, 'incident');
	refer.sources([...at, 'claimSourceIds'], dispute.claimSourceIds, ids);
	refer.sources([...at, 'denialSourceIds'], dispute.denialSourceIds, ids);
	dispute.targets?.forEach((target, k) => {
		if (target.movementId === undefined) return;
		const here: Path = [...at, 'targets', k, 'movementId'];
		const movement = ids.movements.get(target.movementId);
		if (movement === undefined) report(here, `unknown movement id "${target.movementId}"`);
		else if (movement.incidentId !== dispute.incidentId) {
			report(here, `movement "${movement.id}" belongs to incident "${movement.incidentId}", not to this dispute's "${dispute.incidentId}"`);
		}
	});
}

function checkChapter(at: Path, chapter: Chapter, incidents: ReadonlyMap<string, Incident>, ids: Ids, report: Report, refer: Refer): void {
	if (chapter.focus !== undefined) refer.one([...at, 'focus'], chapter.focus, ids.incidents, 'incident');
	chapter.frameOn?.forEach((id, k) => {
		if (!ids.places.has(id) && !ids.incidents.has(id)) report([...at, 'frameOn', k], `"${id}" is neither a place nor an incident of this scenario`);
	});
	if (chapter.context !== undefined) refer.all([...at, 'context'], chapter.context, ids.context, 'context event');
	const [from, to, cursor] = [instantOf(chapter.window.from), instantOf(chapter.window.to), instantOf(chapter.cursor)];
	if (to <= from) report([...at, 'window', 'to'], `${chapter.window.to} is not after window.from (${chapter.window.from})`);
	else if (cursor < from || cursor > to) report([...at, 'cursor'], `${chapter.cursor} is outside the chapter's window`);
	const focused = chapter.focus === undefined ? undefined : incidents.get(chapter.focus);
	if (focused !== undefined && (instantOf(focused.end) < from || instantOf(focused.start) > to)) {
		report([...at, 'focus'], `incident "${focused.id}" (${focused.start} to ${focused.end}) is outside the chapter's window`);
	}
}

const MOVEMENT_MARGIN_MS = SCENARIO_LIMITS.movementMarginDays * 24 * 3600 * 1000;

/** A movement belongs to its attack: it cannot run years before or after it (a typo in a date). */
function checkNearIncident(at: Path, movement: Movement, incident: Incident | undefined, report: Report): void {
	if (incident === undefined) return;
	const [first, last] = [movement.waypoints[0]!, movement.waypoints.at(-1)!];
	const [start, end] = [instantOf(incident.start), instantOf(incident.end)];
	const days = SCENARIO_LIMITS.movementMarginDays;
	if (instantOf(first.t) < start - MOVEMENT_MARGIN_MS) report([...at, 'waypoints', 0, 't'], `${first.t} is more than ${days} days before its incident starts (${incident.start})`);
	if (instantOf(last.t) > end + MOVEMENT_MARGIN_MS) {
		report([...at, 'waypoints', movement.waypoints.length - 1, 't'], `${last.t} is more than ${days} days after its incident ends (${incident.end})`);
	}
}

function checkUniqueIds(scenario: Scenario, report: Report): void {
	const collections = [
		'sources',
		'places',
		'actors',
		'bases',
		'aircraftTypes',
		'incidents',
		'movements',
		'sorties',
		'disputes',
		'context',
		'chapters'
	] as const;
	for (const collection of collections) {
		const firstIndex = new Map<string, number>();
		scenario[collection].forEach(({ id }, i) => {
			const first = firstIndex.get(id);
			if (first === undefined) firstIndex.set(id, i);
			else report([collection, i, 'id'], `duplicate id "${id}" (also ${collection}[${first}])`);
		});
	}
}

function checkFigure(at: Path, figure: Figure, ids: Ids, report: Report, refer: Refer): void {
	refer.one([...at, 'sourceId'], figure.sourceId, ids.sources, 'source');
	checkRange(at, figure.low, figure.high, report);
	if (figure.low !== undefined && figure.value < figure.low) report([...at, 'value'], `${figure.value} is below low (${figure.low})`);
	if (figure.high !== undefined && figure.value > figure.high) report([...at, 'value'], `${figure.value} is above high (${figure.high})`);
}

const EARLIER_EVENTS: Record<keyof Sortie['reported'], readonly SortieEvent[]> = {
	alert: ['attack-start'],
	takeoff: ['attack-start', 'alert'],
	overTarget: ['attack-start', 'alert', 'takeoff']
};

function checkSortie(at: Path, sortie: Sortie, ids: Ids, report: Report, refer: Refer): void {
	refer.one([...at, 'incidentId'], sortie.incidentId, ids.incidents, 'incident');
	refer.one([...at, 'baseId'], sortie.baseId, ids.bases, 'base');
	refer.one([...at, 'aircraftTypeId'], sortie.aircraftTypeId, ids.aircraftTypes, 'aircraft type');
	refer.one([...at, 'operatorId'], sortie.operatorId, ids.actors, 'actor');
	refer.sources([...at, 'sourceIds'], sortie.sourceIds, ids);

	const aircraftType = ids.aircraftTypes.get(sortie.aircraftTypeId);
	if (aircraftType !== undefined && !aircraftType.operatorIds.includes(sortie.operatorId)) {
		report([...at, 'operatorId'], `"${sortie.operatorId}" is not an operator of aircraft type "${aircraftType.id}"`);
	}
	for (const stage of ['alert', 'takeoff', 'overTarget'] as const) {
		sortie.reported[stage]?.forEach((time, k) => {
			const here: Path = [...at, 'reported', stage, k];
			refer.one([...here, 'sourceId'], time.sourceId, ids.sources, 'source');
			const event = time.minutesAfter?.event;
			if (event !== undefined && !EARLIER_EVENTS[stage].includes(event)) {
				report([...here, 'minutesAfter', 'event'], `${stage} cannot be counted from "${event}"; use ${EARLIER_EVENTS[stage].map((e) => `"${e}"`).join(' or ')}`);
			}
			// A reading the source does not give must be explained where it is shown.
			if (time.minutesAfter?.anchorInferred === true && time.note === undefined) {
				report([...here, 'note'], 'is required when minutesAfter.anchorInferred is true: say what the source gives and that the starting point is the project\'s reading');
			}
		});
	}
}
