// Where and who: places, actors, and the air bases and aircraft of the air-support model.
import * as z from 'zod';
import { SCENARIO_LIMITS } from './limits';
import { Count, CountryCode, DayOrMonth, FigureSchema, IdSchema, Latitude, LocalizedSchema, Longitude, SourceIds, Text, TimeZoneName } from './schema-common';

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
	/** Its local times' zone, when not the scenario's. */
	timezone: TimeZoneName.optional(),
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

export const figureIn = (unit: string) => FigureSchema.extend({ unit: z.literal(unit) });

const SPEED_PROBLEM = `must be a speed above 0 and at most ${SCENARIO_LIMITS.speedKmh.toLocaleString('en')} km/h`;
const Speed = z.number().gt(0, SPEED_PROBLEM).max(SCENARIO_LIMITS.speedKmh, SPEED_PROBLEM);
/** An aircraft's speed: the simulation divides by it, and an hour of flight must fit on the globe. */
const SpeedFigure = figureIn('km/h').extend({ value: Speed, low: Speed.optional(), high: Speed.optional() });

export const AircraftTypeSchema = z.strictObject({
	id: IdSchema,
	name: Text,
	operatorIds: z.array(IdSchema).min(1, 'must name at least one operator'),
	cruiseKmh: SpeedFigure,
	maxKmh: SpeedFigure,
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
