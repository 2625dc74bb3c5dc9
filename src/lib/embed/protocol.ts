// The postMessage protocol between /embed and the page that frames it. Every
// type is prefixed, so the frame and the host can share a window's message
// stream with other widgets; every message is checked by a schema, and
// anything the schemas do not describe is ignored.
import * as z from 'zod/mini';
import type { Band } from '../casualties/band';
import { TOTALS_POLICIES, type TotalsPolicy } from '../casualties/claim-rule';
import { MEASURES, SIDES, type Totals } from '../casualties/running-totals';
import type { EventDeaths, EventDeathsAt } from '../casualties/event-deaths';
import { formatInstant, isoInstant } from '../time/instant';
import { IdSchema } from '../url/params';

// --- From the frame to the host ----------------------------------------------

/** A count as a band ("at least 89": high 89, atLeast); null where nothing was reported, which is not 0. */
const BandSchema = z.nullable(z.object({ low: z.number(), high: z.number(), atLeast: z.boolean(), moreThan: z.boolean() }));
const TotalsSchema = z.record(z.enum(SIDES), z.record(z.enum(MEASURES), BandSchema));
/** The headline totals (each side's own figures and independent counts) and, apart, what the opposing side claims. */
const TalliesSchema = z.object({ totals: TotalsSchema, claimedByOpponents: TotalsSchema });

/**
 * An event table's own figures at t (with ?data=): another source with its own counting rule, never
 * part of `totals`. `killed` is null when none of the events begun gives a figure, which is not 0.
 */
const EventsSchema = z.object({
	name: z.string(),
	countingRule: z.string(),
	synthetic: z.boolean(),
	begun: z.int().check(z.minimum(0)),
	killed: z.nullable(z.number().check(z.minimum(0))),
	noToll: z.int().check(z.minimum(0))
});

export const ReadyMessageSchema = z.object({ type: z.literal('sahel-timeline:ready') });

/** The content's height in CSS pixels, so the host can size the iframe (embed-resize.js does). */
export const ResizeMessageSchema = z.object({ type: z.literal('sahel-timeline:resize'), height: z.number().check(z.positive()) });

/**
 * Where the view is; `totals` are the running casualties at `t` by side and
 * measure, under `totalsPolicy`, as reported by `t`, counting each side's own
 * figures and independent counts; `claimedByOpponents` holds what the opposing
 * side claimed, never added in. `attacksBegun` says how many attacks the
 * totals cover; `focusTotals` are the focused attack's alone; `events` the
 * loaded event table's figures, apart.
 */
export const StateMessageSchema = z.object({
	type: z.literal('sahel-timeline:state'),
	t: z.iso.datetime(),
	playing: z.boolean(),
	chapter: z.nullable(IdSchema),
	focus: z.nullable(IdSchema),
	totalsPolicy: z.enum(TOTALS_POLICIES),
	attacksBegun: z.int().check(z.minimum(0)),
	...TalliesSchema.shape,
	focusTotals: z.nullable(TalliesSchema),
	events: z.nullable(EventsSchema)
});

export type ReadyMessage = z.infer<typeof ReadyMessageSchema>;
export type ResizeMessage = z.infer<typeof ResizeMessageSchema>;
export type StateMessage = z.infer<typeof StateMessageSchema>;

export function readyMessage(): ReadyMessage {
	return { type: 'sahel-timeline:ready' };
}

/** Whole pixels, rounded up so the frame never clips its last line. */
export function resizeMessage(height: number): ResizeMessage {
	return { type: 'sahel-timeline:resize', height: Math.ceil(height) };
}

export function stateMessage(state: {
	time: number;
	playing: boolean;
	chapter: string | null;
	focus: string | null;
	totalsPolicy: TotalsPolicy;
	attacksBegun: number;
	totals: Totals;
	claimedByOpponents: Totals;
	focusTotals: { totals: Totals; claimedByOpponents: Totals } | null;
	/** The loaded event table's figures at `time`; null without one. */
	events: { deaths: Pick<EventDeaths, 'name' | 'countingRule' | 'synthetic'>; at: EventDeathsAt } | null;
}): StateMessage {
	return {
		type: 'sahel-timeline:state',
		t: formatInstant(state.time),
		playing: state.playing,
		chapter: state.chapter,
		focus: state.focus,
		totalsPolicy: state.totalsPolicy,
		attacksBegun: state.attacksBegun,
		totals: wireTotals(state.totals),
		claimedByOpponents: wireTotals(state.claimedByOpponents),
		focusTotals: state.focusTotals && {
			totals: wireTotals(state.focusTotals.totals),
			claimedByOpponents: wireTotals(state.focusTotals.claimedByOpponents)
		},
		events: state.events && {
			name: state.events.deaths.name,
			countingRule: state.events.deaths.countingRule,
			synthetic: state.events.deaths.synthetic,
			begun: state.events.at.events,
			killed: state.events.at.reported > 0 ? state.events.at.killed : null,
			noToll: state.events.at.events - state.events.at.reported
		}
	};
}

type WireBand = z.infer<typeof BandSchema>;

function wireBand(band: Band): WireBand {
	return band.reported ? { low: band.low, high: band.high, atLeast: band.atLeast, moreThan: band.moreThan } : null;
}

function wireTotals(totals: Totals): StateMessage['totals'] {
	return Object.fromEntries(
		SIDES.map((side) => [side, Object.fromEntries(MEASURES.map((measure) => [measure, wireBand(totals[side][measure])]))])
	) as StateMessage['totals'];
}

// --- From the host to the frame ----------------------------------------------

/**
 * Commands a host may send. Extra fields are allowed (a host may tag its messages);
 * `seek`'s `t` needs an offset, as in the URL. `focus` with `id: null` leaves the incident.
 */
const HostMessageSchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('sahel-timeline:play') }),
	z.object({ type: z.literal('sahel-timeline:pause') }),
	z.object({ type: z.literal('sahel-timeline:seek'), t: isoInstant }),
	z.object({ type: z.literal('sahel-timeline:chapter'), id: IdSchema }),
	z.object({ type: z.literal('sahel-timeline:focus'), id: z.nullable(IdSchema) })
]);

/** A host command; `seek`'s `t` is parsed to epoch ms. Whether an id exists is for the view to check. */
export type HostMessage = z.infer<typeof HostMessageSchema>;

export function parseHostMessage(data: unknown): HostMessage | null {
	const parsed = HostMessageSchema.safeParse(data);
	return parsed.success ? parsed.data : null;
}

/**
 * Obeys only the window that frames this one and, when the URL's `origin` names one, only
 * that origin. Pass `parentWindow` as null when the page is not framed (window.parent === window):
 * then no one commands it.
 */
export function acceptsMessage(check: {
	eventSource: unknown;
	eventOrigin: string;
	parentWindow: unknown;
	allowedOrigin?: string | null;
}): boolean {
	if (check.parentWindow === null || check.parentWindow === undefined) return false;
	if (check.eventSource !== check.parentWindow) return false;
	return check.allowedOrigin === undefined || check.allowedOrigin === null || check.eventOrigin === check.allowedOrigin;
}
