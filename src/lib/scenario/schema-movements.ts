// Movements on the ground, air sorties with their reported and computed times, and disputed claims.
import * as z from 'zod';
import { SCENARIO_LIMITS } from './limits';
import { Count, DateTime, IdSchema, Latitude, LocalizedSchema, Longitude, Magnitude, SourceIds } from './schema-common';

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
	minutes: Magnitude.max(SCENARIO_LIMITS.delayMinutes, `must be at most ${SCENARIO_LIMITS.delayMinutes} minutes (a week)`),
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
