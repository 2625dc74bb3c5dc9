// Incidents and their tolls: every toll keeps every report, with who gave it and when.
import * as z from 'zod';
import { Count, DateTime, DayOrDateTime, IdSchema, LocalizedSchema, SourceIds } from './schema-common';
import { MEASURES, SIDES } from './vocabulary';

// --- Incidents and their tolls -----------------------------------------------

export const IncidentKindSchema = z.enum(['ambush', 'base-attack', 'camp-attack']);
/** How precisely start and end are known; the span between them is drawn, not a point. */
export const TimePrecisionSchema = z.enum(['minute', 'hour', 'part-of-day', 'day']);
export const SideSchema = z.enum(SIDES);
export const MeasureSchema = z.enum(MEASURES);

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
