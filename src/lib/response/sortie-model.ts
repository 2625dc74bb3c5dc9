import { greatCircleKm } from '../geo/distance';
import type { LonLat } from '../geo/lonlat';
import type { AircraftType, Base, Place, ReportedTime, Scenario, Sortie } from '../scenario/schema';
import { responseTime, type ResponseTime } from './response-time';
import { MINUTE } from '../time/time-window';


/** One stage of a sortie as one source tells it, resolved to an instant where the account allows. */
export interface ResolvedAccount {
	account: ReportedTime;
	t: number | null;
}

export interface SortieFacts {
	sortie: Sortie;
	base: Base;
	basePlace: Place;
	aircraft: AircraftType;
	target: LonLat;
	attackStart: number;
	alert: ResolvedAccount[];
	takeoff: ResolvedAccount[];
	overTarget: ResolvedAccount[];
}

/** The what-if inputs; the reported case is one set of them. */
export interface SortieAssumptions {
	baseId: string;
	aircraftTypeId: string;
	scrambleMinutes: number;
	cruiseKmh: number;
}

function resolve(accounts: ReportedTime[] | undefined, anchors: Record<string, number | null>): ResolvedAccount[] {
	return (accounts ?? []).map((account) => {
		if (account.t) return { account, t: Date.parse(account.t) };
		const after = account.minutesAfter;
		const anchor = after ? anchors[after.event] : null;
		return { account, t: after && anchor != null ? anchor + after.minutes * MINUTE : null };
	});
}

const firstTime = (accounts: ResolvedAccount[]) => accounts.find((a) => a.t !== null)?.t ?? null;

/** Joins a sortie with its base, aircraft and target, and turns "15 minutes after the alert" into times. */
export function sortieFacts(scenario: Scenario, sortie: Sortie): SortieFacts {
	const byId = <T extends { id: string }>(list: T[], id: string) => list.find((item) => item.id === id)!;
	const incident = byId(scenario.incidents, sortie.incidentId);
	const base = byId(scenario.bases, sortie.baseId);
	const basePlace = byId(scenario.places, base.placeId);
	const targetPlace = byId(scenario.places, incident.placeId);
	const attackStart = Date.parse(incident.start);
	const alert = resolve(sortie.reported.alert, { 'attack-start': attackStart });
	const alertAt = firstTime(alert);
	const takeoff = resolve(sortie.reported.takeoff, { 'attack-start': attackStart, alert: alertAt });
	const overTarget = resolve(sortie.reported.overTarget, {
		'attack-start': attackStart,
		alert: alertAt,
		takeoff: firstTime(takeoff)
	});
	return {
		sortie,
		base,
		basePlace,
		aircraft: byId(scenario.aircraftTypes, sortie.aircraftTypeId),
		target: [targetPlace.lon, targetPlace.lat],
		attackStart,
		alert,
		takeoff,
		overTarget
	};
}

/** The reported case as what-if inputs: the reported scramble delay where both times are known, else 0. */
export function reportedAssumptions(facts: SortieFacts): SortieAssumptions {
	const alertAt = firstTime(facts.alert);
	const takeoffAt = firstTime(facts.takeoff);
	return {
		baseId: facts.base.id,
		aircraftTypeId: facts.aircraft.id,
		scrambleMinutes: alertAt !== null && takeoffAt !== null ? Math.max(0, (takeoffAt - alertAt) / MINUTE) : 0,
		cruiseKmh: facts.aircraft.cruiseKmh.value
	};
}

export interface ComputedSortie {
	from: LonLat;
	distanceKm: number;
	response: ResponseTime;
}

/** Arrival = alert + scramble + great-circle distance / cruise speed, from the chosen base. */
export function computeSortie(scenario: Scenario, facts: SortieFacts, assumptions: SortieAssumptions): ComputedSortie {
	const base = scenario.bases.find((b) => b.id === assumptions.baseId) ?? facts.base;
	const place = scenario.places.find((p) => p.id === base.placeId) ?? facts.basePlace;
	const from: LonLat = [place.lon, place.lat];
	const distanceKm = greatCircleKm(from, facts.target);
	const alert = firstTime(facts.alert) ?? facts.attackStart;
	return {
		from,
		distanceKm,
		response: responseTime({
			alert,
			scrambleMinutes: assumptions.scrambleMinutes,
			distanceKm,
			cruiseKmh: assumptions.cruiseKmh
		})
	};
}

export { firstTime };
