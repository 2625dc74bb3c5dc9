// Cross-checks of one incident: its id, its times, and every toll report
// (a known source, dated in order, who gave it, a sound bound).
import { compareCalendar, instantOf } from './dates';
import { checkRange, type Ids, type Path, type Refer, type Report } from './check-context';
import type { Incident, TollReport } from './schema';

/**
 * Who speaks must be said: an own-side or opposing figure names its claimant
 * and the body it speaks for (so a later figure of that body replaces an
 * earlier one); a bound is "at least" or "more than", not both.
 */
function checkClaim(at: Path, tollReport: TollReport, report: Report): void {
	if (tollReport.claimBy !== 'independent' && tollReport.claimant === undefined) {
		report([...at, 'claimant'], `is required: a figure given by the ${tollReport.claimBy === 'own' ? "counted people's own side" : 'opposing side'} must name who gave it`);
	}
	if (tollReport.claimant !== undefined && tollReport.authority === undefined) {
		report([...at, 'authority'], 'is required with a claimant: the slug of the body the claimant speaks for, such as "niger-government"');
	}
	if (tollReport.atLeast === true && tollReport.moreThan === true) {
		report([...at, 'moreThan'], 'give either atLeast ("at least 25") or moreThan ("more than 100"), not both');
	}
}

export function checkIncident(at: Path, incident: Incident, ids: Ids, report: Report, refer: Refer): void {
	refer.one([...at, 'placeId'], incident.placeId, ids.places, 'place');
	refer.all([...at, 'actorIds'], incident.actorIds, ids.actors, 'actor');
	refer.sources([...at, 'sourceIds'], incident.sourceIds, ids);

	// Incident ids appear in URLs; one rule makes them predictable.
	const expectedId = `${incident.placeId}-${incident.start.slice(0, 10)}`;
	if (incident.id !== expectedId) report([...at, 'id'], `must be "<placeId>-<start date>", here "${expectedId}"`);
	if (instantOf(incident.end) < instantOf(incident.start)) {
		report([...at, 'end'], `${incident.end} is before start (${incident.start})`);
	}

	const tollKeys = new Map<string, number>();
	incident.tolls.forEach((toll, j) => {
		const key = `${toll.side}/${toll.measure}/${toll.party?.en ?? ''}`;
		const first = tollKeys.get(key);
		if (first === undefined) tollKeys.set(key, j);
		else report([...at, 'tolls', j], `same side, measure and party as tolls[${first}]; they would be counted twice: merge their reports`);


		let previousDated: string | undefined;
		let seenUndated = false;
		toll.reports.forEach((tollReport, k) => {
			const here: Path = [...at, 'tolls', j, 'reports', k];
			const source = ids.sources.get(tollReport.sourceId);
			if (source === undefined) report([...here, 'sourceId'], `unknown source id "${tollReport.sourceId}"`);
			if ('low' in tollReport) checkRange(here, tollReport.low, tollReport.high, report);
			checkClaim(here, tollReport, report);

			const { reported } = tollReport;
			if (reported === undefined) {
				if (source !== undefined && source.kind !== 'reference') {
					report([...here, 'reported'], `is required: source "${source.id}" is not a reference work`);
				}
				seenUndated = true;
				return;
			}
			if (seenUndated) report([...here, 'reported'], 'dated reports must come before undated ones');
			else if (previousDated !== undefined && compareCalendar(reported, previousDated) < 0) {
				report([...here, 'reported'], `${reported} is before the previous report (${previousDated}); keep reports in the order they came out`);
			}
			previousDated = reported;
			if (compareCalendar(reported, incident.start) < 0) report([...here, 'reported'], `${reported} is before the incident began (${incident.start})`);
			if (source?.published !== undefined && compareCalendar(reported, source.published) > 0) {
				report([...here, 'reported'], `${reported} is after source "${source.id}" was published (${source.published})`);
			}
		});
	});
}

/** The stages of a sortie a delay may count from: only earlier ones. */
