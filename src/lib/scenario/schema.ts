// The scenario: everything the timeline, the map, the simulation and the story
// read. Field types and per-object rules live here; rules that look across the
// whole scenario (ids that must exist, time order) live in cross-checks.ts.
// Types are inferred from the schemas so the two cannot drift apart.
import * as z from 'zod';
import { isDateOrDateTime, isDateOrMonth, isDateTimeWithOffset } from './dates';

// --- Building blocks ---------------------------------------------------------

/** Ids are readable slugs because they appear in URLs. */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "ayorou-2017-10-21"');

const Text = z.string().regex(/\S/, 'must not be empty');

/** Every text a reader sees exists in English and in French, the region's language. */
export const LocalizedSchema = z.strictObject({ en: Text, fr: Text });

const DateTime = z
	.string()
	.refine(
		isDateTimeWithOffset,
		'must be an ISO 8601 date-time with seconds and an offset, such as 2020-01-09T12:00:00+01:00'
	);
const DayOrMonth = z.string().refine(isDateOrMonth, 'must be a date YYYY-MM-DD or a month YYYY-MM');
const DayOrDateTime = z
	.string()
	.refine(isDateOrDateTime, 'must be a date YYYY-MM-DD or a date-time with an offset, such as 2020-01-11T09:00:00+01:00');

/** People, vehicles, aircraft: a whole number, never negative. */
const Count = z.int().min(0, 'must not be negative');
const Magnitude = z.number().min(0, 'must not be negative');

const Latitude = z.number().min(-90, 'must be a latitude between -90 and 90').max(90, 'must be a latitude between -90 and 90');
const Longitude = z
	.number()
	.min(-180, 'must be a longitude between -180 and 180')
	.max(180, 'must be a longitude between -180 and 180');

/** As the map's feature ids: ISO 3166-1 numeric, zero-padded ("562" is Niger). */
const CountryCode = z.string().regex(/^\d{3}$/, 'must be an ISO 3166-1 numeric code such as "562" (Niger)');

/** Only links a browser opens as a page: javascript:, data: and the like could run code in the app. */
const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http or https URL' });

const SourceIds = z.array(IdSchema).min(1, 'must cite at least one source');

// --- Provenance --------------------------------------------------------------

export const SourceKindSchema = z.enum(['news', 'official', 'reference', 'analysis']);

/**
 * A document a number or a sentence rests on. A title in [square brackets]
 * describes a document whose headline is not known; `note` says how the
 * document was reached when it was not read directly.
 */
export const SourceSchema = z.strictObject({
	id: IdSchema,
	publisher: Text,
	title: Text,
	published: DayOrMonth.optional(),
	url: HttpUrl.optional(),
	kind: SourceKindSchema,
	note: LocalizedSchema.optional()
});

/** A number other than a casualty count (a speed, a radius, a count of attacks), with its source. */
export const FigureSchema = z.strictObject({
	value: Magnitude,
	low: Magnitude.optional(),
	high: Magnitude.optional(),
	/** The source says "at least". */
	atLeast: z.boolean().optional(),
	unit: Text,
	sourceId: IdSchema,
	/** Not verified: the UI says so. */
	estimate: z.boolean(),
	note: LocalizedSchema.optional()
});

// --- Where and who -----------------------------------------------------------

export const PlaceKindSchema = z.enum(['city', 'town', 'village', 'military-base', 'airbase', 'forest', 'camp']);
/** exact: a gazetteer point; approximate: within a few km; estimate: placed from a vague description. */
export const PrecisionSchema = z.enum(['exact', 'approximate', 'estimate']);

export const PlaceSchema = z.strictObject({
	id: IdSchema,
	name: LocalizedSchema,
	aliases: z.array(Text),
	lat: Latitude,
	lon: Longitude,
	country: CountryCode,
	kind: PlaceKindSchema,
	precision: PrecisionSchema,
	note: LocalizedSchema.optional(),
	sourceIds: SourceIds
});

export const ActorKindSchema = z.enum(['state-forces', 'foreign-forces', 'armed-group']);

export const ActorSchema = z.strictObject({
	id: IdSchema,
	name: LocalizedSchema,
	kind: ActorKindSchema,
	country: CountryCode.optional(),
	/** Who names this actor and how, as reported, never as established fact. */
	attribution: LocalizedSchema.optional(),
	sourceIds: SourceIds
});

// --- Air support -------------------------------------------------------------

const figureIn = (unit: string) => FigureSchema.extend({ unit: z.literal(unit) });

export const AircraftTypeSchema = z.strictObject({
	id: IdSchema,
	name: Text,
	operatorIds: z.array(IdSchema).min(1, 'must name at least one operator'),
	cruiseKmh: figureIn('km/h'),
	maxKmh: figureIn('km/h'),
	enduranceH: figureIn('h').optional(),
	combatRadiusKm: figureIn('km').optional(),
	sourceIds: SourceIds
});

/** Aircraft a source places at a base at a given time. */
export const BaseAircraftSchema = z.strictObject({
	aircraftTypeId: IdSchema,
	operatorId: IdSchema,
	count: Count.optional(),
	asOf: DayOrMonth.optional(),
	sourceId: IdSchema
});

export const BaseSchema = z.strictObject({
	id: IdSchema,
	name: LocalizedSchema,
	placeId: IdSchema,
	operatorIds: z.array(IdSchema).min(1, 'must name at least one operator'),
	aircraft: z.array(BaseAircraftSchema),
	sourceIds: SourceIds
});

// --- Incidents and their tolls -----------------------------------------------

export const IncidentKindSchema = z.enum(['ambush', 'base-attack', 'camp-attack']);
/** How precisely start and end are known; the span between them is drawn, not a point. */
export const TimePrecisionSchema = z.enum(['minute', 'hour', 'part-of-day', 'day']);
export const SideSchema = z.enum(['security', 'attackers', 'civilians']);
export const MeasureSchema = z.enum(['killed', 'wounded', 'missing']);

/**
 * One toll as one source gave it on one date: a value or a low–high range,
 * never both. `reported` may be left out only for a figure taken from a
 * reference work, which compiles figures without dating them; undated reports
 * come after the dated ones.
 */
/**
 * Who gave a toll, relative to the people it counts: their own side's
 * authority (Niger's government about its soldiers), the side that fought them
 * (Niger's government about attackers, the Islamic State about soldiers), or a
 * third party's own count (a news agency, the UN, a hospital). Headline totals
 * count `own` and `independent` reports; `opponent` figures stand apart.
 */
export const ClaimBySchema = z.enum(['own', 'opponent', 'independent']);

export const TollReportSchema = z
	.strictObject({
		value: Count.optional(),
		low: Count.optional(),
		high: Count.optional(),
		/** "at least 25" */
		atLeast: z.boolean().optional(),
		/** "more than 100": a strict lower bound, never shown as "at least". */
		moreThan: z.boolean().optional(),
		sourceId: IdSchema,
		reported: DayOrDateTime.optional(),
		claimBy: ClaimBySchema,
		/** Who gave the figure, e.g. the Defence Ministry, or a group claiming the attack. Required unless `independent`. */
		claimant: LocalizedSchema.optional(),
		/**
		 * The body the claimant speaks for, as a slug ("niger-government" for the
		 * minister, the ministry's spokesman and the government alike): a body's
		 * later figure replaces its own earlier one. Required with a claimant;
		 * without one, the source speaks for itself.
		 */
		authority: IdSchema.optional(),
		note: LocalizedSchema.optional(),
		estimate: z.boolean().optional()
	})
	// A transform, not a refinement, so the inferred type says "value, or low and high".
	.transform((report, ctx) => {
		const { value, low, high, ...rest } = report;
		if (value !== undefined && low === undefined && high === undefined) return { ...rest, value };
		if (value === undefined && low !== undefined && high !== undefined) return { ...rest, low, high };
		ctx.issues.push({ code: 'custom', input: report, ...tollFormIssue(value, low, high) });
		return z.NEVER;
	});

function tollFormIssue(value?: number, low?: number, high?: number): { path: string[]; message: string } {
	if (value !== undefined) return { path: ['value'], message: 'give either value or low and high, not both' };
	if (low === undefined && high === undefined) return { path: ['value'], message: 'needs a value, or low and high' };
	return { path: [low === undefined ? 'low' : 'high'], message: 'a range needs both low and high' };
}

/** Several tolls may share a side and measure with different parties ("US soldiers", "Nigerien soldiers"); they add up. */
export const TollSchema = z.strictObject({
	side: SideSchema,
	measure: MeasureSchema,
	party: LocalizedSchema.optional(),
	reports: z.array(TollReportSchema).min(1, 'must have at least one report')
});

export const IncidentSchema = z.strictObject({
	id: IdSchema,
	title: LocalizedSchema,
	kind: IncidentKindSchema,
	start: DateTime,
	end: DateTime,
	timePrecision: TimePrecisionSchema,
	/** How start and end were chosen, when the sources do not give them outright. */
	timeNote: LocalizedSchema.optional(),
	placeId: IdSchema,
	summary: LocalizedSchema,
	/** Who is said to be responsible, by whom. */
	attribution: LocalizedSchema.optional(),
	actorIds: z.array(IdSchema).min(1, 'must name at least one actor'),
	sourceIds: SourceIds,
	tolls: z.array(TollSchema)
});

// --- Movements and sorties ---------------------------------------------------

export const WaypointSchema = z.strictObject({
	t: DateTime,
	lat: Latitude,
	lon: Longitude,
	placeId: IdSchema.optional(),
	note: LocalizedSchema.optional()
});

/** documented: from an official timeline or imagery; reported: the route is described; inferred: reconstructed. */
export const KnownSchema = z.enum(['documented', 'reported', 'inferred']);

export const MovementSchema = z.strictObject({
	id: IdSchema,
	incidentId: IdSchema,
	actorId: IdSchema,
	role: z.enum(['attackers', 'responders']),
	label: LocalizedSchema,
	means: z.enum(['vehicles', 'motorcycles', 'mixed', 'aircraft', 'foot']),
	count: z.strictObject({ value: Count, approximate: z.boolean(), text: LocalizedSchema }).optional(),
	known: KnownSchema,
	waypoints: z.array(WaypointSchema).min(2, 'a track needs at least two waypoints'),
	sourceIds: SourceIds
});

export const SortieEventSchema = z.enum(['alert', 'takeoff', 'attack-start']);

/**
 * A delay after an earlier event. `anchorInferred`: the source gives the delay
 * ("over the target in 15 minutes") but not what it counts from; `event` is
 * then the project's reading, and the UI says so.
 */
export const MinutesAfterSchema = z.strictObject({
	event: SortieEventSchema,
	minutes: Magnitude,
	anchorInferred: z.boolean().optional()
});

/** A time one source gives: a clock time, a delay after an earlier event, or both. */
export const ReportedTimeSchema = z
	.strictObject({
		t: DateTime.optional(),
		minutesAfter: MinutesAfterSchema.optional(),
		approximate: z.boolean(),
		sourceId: IdSchema,
		note: LocalizedSchema.optional()
	})
	.refine((time) => time.t !== undefined || time.minutesAfter !== undefined, {
		error: 'needs t, minutesAfter, or both',
		path: ['t']
	});

/** Accounts differ (over the target in 15 minutes, or 20): each stage keeps every account. */
const ReportedTimes = z.array(ReportedTimeSchema).min(1, 'must have at least one account, or be left out');

export const SortieSchema = z.strictObject({
	id: IdSchema,
	incidentId: IdSchema,
	baseId: IdSchema,
	aircraftTypeId: IdSchema,
	count: Count.optional(),
	operatorId: IdSchema,
	reported: z.strictObject({
		alert: ReportedTimes.optional(),
		takeoff: ReportedTimes.optional(),
		overTarget: ReportedTimes.optional()
	}),
	outcome: LocalizedSchema,
	/** What the sources leave open (the aircraft variant, the base) and what was assumed. */
	note: LocalizedSchema.optional(),
	sourceIds: SourceIds
});

/**
 * One thing a disputed claim is about, such as one of two strikes. With a
 * `movementId` it is drawn on that track (where the track is at the time shown,
 * so its place is inferred); without one, the sources give no place and it is
 * only described, never drawn.
 */
export const DisputeTargetSchema = z.strictObject({
	what: LocalizedSchema,
	movementId: IdSchema.optional()
});

/** A claim that another party denies: drawn as disputed, never as fact. */
export const DisputeSchema = z.strictObject({
	id: IdSchema,
	incidentId: IdSchema,
	claim: LocalizedSchema,
	claimedBy: LocalizedSchema,
	claimSourceIds: SourceIds,
	denial: LocalizedSchema,
	deniedBy: LocalizedSchema,
	denialSourceIds: SourceIds,
	status: z.literal('disputed'),
	/** What the claim is about (the convoys said to have been struck), one entry each. */
	targets: z.array(DisputeTargetSchema).optional()
});

// --- Context and story -------------------------------------------------------

/** A dated event with no place on the map. */
export const ContextEventSchema = z.strictObject({
	id: IdSchema,
	date: DayOrMonth,
	title: LocalizedSchema,
	summary: LocalizedSchema,
	figure: FigureSchema.optional(),
	sourceIds: SourceIds
});

export const LayerSchema = z.enum(['incidents', 'tracks', 'sorties', 'range-rings', 'response-surface', 'context']);

export const ChapterSchema = z.strictObject({
	id: IdSchema,
	title: LocalizedSchema,
	narration: LocalizedSchema,
	/** For the presenter's notes window, not shown to the audience. */
	notes: LocalizedSchema,
	window: z.strictObject({ from: DateTime, to: DateTime }),
	cursor: DateTime,
	focus: IdSchema.optional(),
	extent: z.strictObject({
		center: z.tuple([Longitude, Latitude]),
		widthKm: z.number().gt(0, 'must be greater than 0')
	}),
	layers: z.array(LayerSchema)
});

export const ScenarioSchema = z.strictObject({
	id: IdSchema,
	title: LocalizedSchema,
	timezone: z.literal('Africa/Niamey'),
	sources: z.array(SourceSchema),
	places: z.array(PlaceSchema),
	actors: z.array(ActorSchema),
	bases: z.array(BaseSchema),
	aircraftTypes: z.array(AircraftTypeSchema),
	incidents: z.array(IncidentSchema),
	movements: z.array(MovementSchema),
	sorties: z.array(SortieSchema),
	disputes: z.array(DisputeSchema),
	context: z.array(ContextEventSchema),
	chapters: z.array(ChapterSchema),
	/** What the totals leave out that a reader should know (deaths reported without a number), shown under them. */
	casualtiesNote: LocalizedSchema.optional()
});

export type Localized = z.infer<typeof LocalizedSchema>;
export type SourceKind = z.infer<typeof SourceKindSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type PlaceKind = z.infer<typeof PlaceKindSchema>;
export type Precision = z.infer<typeof PrecisionSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type ActorKind = z.infer<typeof ActorKindSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type AircraftType = z.infer<typeof AircraftTypeSchema>;
export type BaseAircraft = z.infer<typeof BaseAircraftSchema>;
export type Base = z.infer<typeof BaseSchema>;
export type IncidentKind = z.infer<typeof IncidentKindSchema>;
export type TimePrecision = z.infer<typeof TimePrecisionSchema>;
export type Side = z.infer<typeof SideSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type TollReport = z.infer<typeof TollReportSchema>;
export type ClaimBy = z.infer<typeof ClaimBySchema>;
export type Toll = z.infer<typeof TollSchema>;
export type Incident = z.infer<typeof IncidentSchema>;
export type Waypoint = z.infer<typeof WaypointSchema>;
export type Known = z.infer<typeof KnownSchema>;
export type Movement = z.infer<typeof MovementSchema>;
export type SortieEvent = z.infer<typeof SortieEventSchema>;
export type MinutesAfter = z.infer<typeof MinutesAfterSchema>;
export type ReportedTime = z.infer<typeof ReportedTimeSchema>;
export type Sortie = z.infer<typeof SortieSchema>;
export type DisputeTarget = z.infer<typeof DisputeTargetSchema>;
export type Dispute = z.infer<typeof DisputeSchema>;
export type ContextEvent = z.infer<typeof ContextEventSchema>;
export type Layer = z.infer<typeof LayerSchema>;
export type Chapter = z.infer<typeof ChapterSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
