import { expectEachError, type ErrorCase } from '../../../tests/unit/scenario-error-cases';

// One case per kind of error in tolls, counts, provenance, sorties, disputes and chapters.
const cases: ErrorCase[] = [
	{
		name: 'a toll report that does not say who gave it',
		mutate: (s) => delete s.incidents[2].tolls[0].reports[0].claimBy,
		path: 'incidents[2].tolls[0].reports[0].claimBy',
		message: 'is required'
	},
	{
		name: 'an opposing side’s claim with no claimant',
		mutate: (s) => delete s.incidents[2].tolls[0].reports[1].claimant,
		path: 'incidents[2].tolls[0].reports[1].claimant',
		message: 'is required: a figure given by the opposing side must name who gave it'
	},
	{
		name: 'a claimant without the body it speaks for',
		mutate: (s) => delete s.incidents[2].tolls[0].reports[0].authority,
		path: 'incidents[2].tolls[0].reports[0].authority',
		message: 'is required with a claimant: the slug of the body the claimant speaks for, such as "niger-government"'
	},
	{
		name: '"at least" and "more than" at once',
		mutate: (s) => (s.incidents[2].tolls[0].reports[1].atLeast = true),
		path: 'incidents[2].tolls[0].reports[1].moreThan',
		message: 'give either atLeast ("at least 25") or moreThan ("more than 100"), not both'
	},
	{
		name: 'toll reports out of order',
		mutate: (s) => (s.incidents[3].tolls[0].reports[2].reported = '2020-01-10'),
		path: 'incidents[3].tolls[0].reports[2].reported',
		message: '2020-01-10 is before the previous report (2020-01-11); keep reports in the order they came out'
	},
	{
		name: 'low greater than high in a toll',
		mutate: (s) => {
			const report = s.incidents[3].tolls[0].reports[2];
			delete report.value;
			Object.assign(report, { low: 95, high: 89 });
		},
		path: 'incidents[3].tolls[0].reports[2].low',
		message: 'low (95) is greater than high (89)'
	},
	{
		name: 'both a value and a range',
		mutate: (s) => Object.assign(s.incidents[3].tolls[0].reports[2], { low: 80, high: 95 }),
		path: 'incidents[3].tolls[0].reports[2].value',
		message: 'give either value or low and high, not both'
	},
	{
		name: 'half a range',
		mutate: (s) => {
			delete s.incidents[3].tolls[0].reports[2].value;
			s.incidents[3].tolls[0].reports[2].low = 80;
		},
		path: 'incidents[3].tolls[0].reports[2].high',
		message: 'a range needs both low and high'
	},
	{
		name: 'negative count',
		mutate: (s) => (s.incidents[3].tolls[0].reports[1].value = -25),
		path: 'incidents[3].tolls[0].reports[1].value',
		message: 'must not be negative'
	},
	{
		name: 'non-integer count',
		mutate: (s) => (s.incidents[3].tolls[0].reports[1].value = 25.5),
		path: 'incidents[3].tolls[0].reports[1].value',
		message: 'must be a whole number, not 25.5'
	},
	{
		name: 'count given as a string',
		mutate: (s) => (s.bases[0].aircraft[0].count = '4'),
		path: 'bases[0].aircraft[0].count',
		message: 'expected a number, got the string "4"'
	},
	{
		name: 'latitude out of range',
		mutate: (s) => (s.places[3].lat = 115.2258),
		path: 'places[3].lat',
		message: 'must be a latitude between -90 and 90'
	},
	{
		name: 'longitude out of range',
		mutate: (s) => (s.movements[1].waypoints[0].lon = -200),
		path: 'movements[1].waypoints[0].lon',
		message: 'must be a longitude between -180 and 180'
	},
	{
		name: 'duplicate id',
		mutate: (s) => (s.chapters[2].id = s.chapters[1].id),
		path: 'chapters[2].id',
		message: 'duplicate id "tongo-tongo-ambush" (also chapters[1])'
	},
	{
		name: 'a number without a source',
		mutate: (s) => (s.places[0].sourceIds = []),
		path: 'places[0].sourceIds',
		message: 'must cite at least one source'
	},
	{
		name: 'an undated report from a source that dates its reports',
		mutate: (s) => delete s.incidents[2].tolls[1].reports[0].reported,
		path: 'incidents[2].tolls[1].reports[0].reported',
		message: 'is required: source "niger-defence-2019-12-11-inates" is not a reference work'
	},
	{
		name: 'a report dated after its source was published',
		mutate: (s) => (s.incidents[1].tolls[0].reports[2].reported = '2017-10-22'),
		path: 'incidents[1].tolls[0].reports[2].reported',
		message: '2017-10-22 is after source "lapresse-2017-10-21-ayorou" was published (2017-10-21)'
	},
	{
		name: 'a tally that would count one party twice',
		mutate: (s) => s.incidents[3].tolls.push(structuredClone(s.incidents[3].tolls[0])),
		path: 'incidents[3].tolls[3]',
		message: 'same side, measure and party as tolls[0]; they would be counted twice: merge their reports'
	},
	{
		name: 'a delay counted from a later stage',
		mutate: (s) => (s.sorties[0].reported.takeoff[0].minutesAfter.event = 'takeoff'),
		path: 'sorties[0].reported.takeoff[0].minutesAfter.event',
		message: 'takeoff cannot be counted from "takeoff"; use "attack-start" or "alert"'
	},
	{
		name: 'a delay whose starting point is the project’s reading, left unexplained',
		mutate: (s) => delete s.sorties[1].reported.overTarget[0].note,
		path: 'sorties[1].reported.overTarget[0].note',
		message: "is required when minutesAfter.anchorInferred is true: say what the source gives and that the starting point is the project's reading"
	},
	{
		name: 'a disputed strike drawn on another incident’s track',
		mutate: (s) => (s.disputes[0].targets[0].movementId = 'ayorou-raid-from-mali'),
		path: 'disputes[0].targets[0].movementId',
		message: 'movement "ayorou-raid-from-mali" belongs to incident "ayorou-2017-10-21", not to this dispute\'s "chinagodrar-2020-01-09"'
	},
	{
		name: 'a disputed strike on a track that does not exist',
		mutate: (s) => (s.disputes[0].targets[0].movementId = 'atlantis-convoy'),
		path: 'disputes[0].targets[0].movementId',
		message: 'unknown movement id "atlantis-convoy"'
	},
	{
		name: 'a chapter cursor outside its window',
		mutate: (s) => (s.chapters[1].cursor = '2017-10-05T12:00:00+01:00'),
		path: 'chapters[1].cursor',
		message: "2017-10-05T12:00:00+01:00 is outside the chapter's window"
	},
	{
		name: 'a chapter naming a context event the scenario does not have',
		mutate: (s) => (s.chapters[5].context = ['g5-sahel-joint-force-2017-07', 'atlantis-summit']),
		path: 'chapters[5].context[1]',
		message: 'unknown context event id "atlantis-summit"'
	},
	{
		name: 'a document that is not an object',
		mutate: () => undefined,
		path: '',
		message: 'expected an object, got an array'
	},
	{
		name: 'a publisher translated into English only',
		mutate: (s) => (s.sources[1].publisher = { en: 'SOFREP (attribution not confirmed)' }),
		path: 'sources[1].publisher',
		message: 'must be a text, or { "en": …, "fr": … } when its words differ by language'
	},
	{
		name: 'a publisher with an empty French name',
		mutate: (s) => (s.sources[1].publisher = { en: 'SOFREP (attribution not confirmed)', fr: ' ' }),
		path: 'sources[1].publisher.fr',
		message: 'must not be empty'
	}
];

expectEachError('parseScenario refuses each kind of toll, count, provenance or story error with its path and a plain message', cases);
