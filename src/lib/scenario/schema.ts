// The scenario: everything the timeline, the map, the simulation and the story
// read, in parts (schema-*.ts) composed here. Field types and per-object rules
// live in the schemas; rules that look across the whole scenario (ids that must
// exist, time order) live in cross-checks.ts. Types are inferred from the
// schemas so the two cannot drift apart.
import * as z from 'zod';
import { DateTime, DayOrMonth, FigureSchema, GeoBoxSchema, IdSchema, Latitude, List, LocalizedSchema, Longitude, SourceIds, SourceKindSchema, SourceSchema, TimeZoneName } from './schema-common';
import { ActorKindSchema, ActorSchema, AircraftTypeSchema, BaseAircraftSchema, BaseSchema, PlaceKindSchema, PlaceSchema, PrecisionSchema } from './schema-places';
import { ClaimBySchema, IncidentKindSchema, IncidentSchema, MeasureSchema, SideSchema, TimePrecisionSchema, TollReportSchema, TollSchema } from './schema-incidents';
import { DisputeSchema, DisputeTargetSchema, KnownSchema, MinutesAfterSchema, MovementSchema, ReportedTimeSchema, SortieEventSchema, SortieSchema, WaypointSchema } from './schema-movements';
import { LAYERS } from './vocabulary';

export * from './schema-common';
export * from './schema-places';
export * from './schema-incidents';
export * from './schema-movements';

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

export const LayerSchema = z.enum(LAYERS);

/** A centre and the kilometres across the map's width there. */
export const ExtentSchema = z.strictObject({
	center: z.tuple([Longitude, Latitude]),
	widthKm: z.number().gt(0, 'must be greater than 0')
});

export const ChapterSchema = z.strictObject({
	id: IdSchema,
	title: LocalizedSchema,
	narration: LocalizedSchema,
	/** For the presenter's notes window, not shown to the audience. */
	notes: LocalizedSchema,
	window: z.strictObject({ from: DateTime, to: DateTime }),
	cursor: DateTime,
	focus: IdSchema.optional(),
	/** Where the map looks, set by hand; or `frameOn`, computed from the data (story/chapter-extent.ts). */
	extent: ExtentSchema.optional(),
	/** Places and incidents (with their movements) the map frames, as the narration names them. */
	frameOn: z.array(IdSchema).min(1, 'must name at least one place or incident').max(20).optional(),
	/** A line on the map: what it shows, or does not show and why. */
	mapNote: LocalizedSchema.optional(),
	/** Context events the chapter is about: they have no place, so the map lists them beside its note. */
	context: z.array(IdSchema).min(1, 'must name at least one context event').max(10).optional(),
	layers: z.array(LayerSchema)
}).refine((chapter) => (chapter.extent === undefined) !== (chapter.frameOn === undefined), {
	message: 'needs either an extent or frameOn, not both',
	path: ['extent']
});

export const ScenarioSchema = z.strictObject({
	id: IdSchema,
	title: LocalizedSchema,
	/** The zone the story's clock is told in; a place may have its own. */
	timezone: TimeZoneName,
	/** The region the map opens on; without it, the places and bases with a margin. */
	frame: GeoBoxSchema.optional(),
	/** Where the response-time surface is computed (its cost grows with the area); without it, the frame. */
	surfaceExtent: GeoBoxSchema.optional(),
	sources: List(SourceSchema),
	places: List(PlaceSchema),
	actors: List(ActorSchema),
	bases: List(BaseSchema),
	aircraftTypes: List(AircraftTypeSchema),
	incidents: List(IncidentSchema),
	movements: List(MovementSchema),
	sorties: List(SortieSchema),
	disputes: List(DisputeSchema),
	context: List(ContextEventSchema),
	chapters: List(ChapterSchema).min(1, 'must have at least one chapter: /present and /embed show one'),
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
export type ChapterExtent = z.infer<typeof ExtentSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
