// Invented events shaped like ACLED's, for tests, benchmarks and demos: real ACLED rows may not be
// redistributed. Deterministic from a seed. Events cluster at villages around towns (the border
// zones weigh most), come in bursts on top of a rising trend, have ACLED's types and actors,
// fatalities with many zeros and a long tail, and some imprecise dates and places.
import { DAY } from '../time/time-window';
import { buildEventTable, type EventRow, type EventTableMeta } from './build-table';
import type { EventTable } from './event-table';
import { cumulate, gaussian, mulberry32, randomInt, weightedIndex, type Random } from './prng';
import { ARMED_GROUPS, COUNTRIES, TOWNS, type Inter, type SyntheticActor } from './synthetic-places';

export interface SyntheticOptions {
	count: number;
	seed: number;
	/** Epoch ms; defaults to 2017-01-01 and 2025-01-01 (UTC). */
	from?: number;
	to?: number;
	/** Only what UCDP GED records: organised violence with at least one death. */
	ucdp?: boolean;
}

/** A synthetic row: what the table keeps, plus the ACLED/UCDP fields the CSV writers need. */
export interface SyntheticEvent extends EventRow {
	end: number;
	fatalities: number;
	subEventType: string;
	disorderType: string;
	inter1: Inter;
	inter2: Inter | '';
	/** Index into COUNTRIES. */
	countryIndex: number;
}

/** The frame events are spread over: lon 10°W–16°E, lat 9°N–22°N. */
export const SAHEL_FRAME = { west: -10, south: 9, east: 16, north: 22 } as const;
export const SYNTHETIC_NOTE = 'Synthetic, not real';
export const SYNTHETIC_SOURCE = 'Synthetic';

interface TypeSpec {
	name: string;
	weight: number;
	/** Share of events with no death. */
	zeros: number;
	violent: boolean;
	disorder: string;
	subs: readonly string[];
}

const TYPES: readonly TypeSpec[] = [
	{
		name: 'Battles', weight: 30, zeros: 0.35, violent: true, disorder: 'Political violence',
		subs: ['Armed clash', 'Armed clash', 'Armed clash', 'Government regains territory', 'Non-state actor overtakes territory']
	},
	{
		name: 'Violence against civilians', weight: 30, zeros: 0.4, violent: true, disorder: 'Political violence',
		subs: ['Attack', 'Attack', 'Attack', 'Abduction/forced disappearance', 'Sexual violence']
	},
	{
		name: 'Explosions/Remote violence', weight: 12, zeros: 0.5, violent: true, disorder: 'Political violence',
		subs: ['Remote explosive/landmine/IED', 'Air/drone strike', 'Shelling/artillery/missile attack']
	},
	{
		name: 'Protests', weight: 14, zeros: 0.998, violent: false, disorder: 'Demonstrations',
		subs: ['Peaceful protest', 'Peaceful protest', 'Protest with intervention']
	},
	{
		name: 'Riots', weight: 6, zeros: 0.93, violent: false, disorder: 'Demonstrations',
		subs: ['Violent demonstration', 'Mob violence']
	},
	{
		name: 'Strategic developments', weight: 8, zeros: 0.97, violent: false, disorder: 'Strategic developments',
		subs: ['Looting/property destruction', 'Arrests', 'Non-violent transfer of territory', 'Headquarters or base established', 'Other']
	}
];

const SYLLABLES = ['ta', 'kou', 'ba', 'dji', 'ga', 'rou', 'ma', 'ni', 'so', 'bo', 'ka', 'di', 'ti', 'fa', 'lé', 'ya', 'zou', 'na', 'mo', 'sé'];
const ENDINGS = ['', 'ré', 'go', 'bé', 'ndé', 'ra', 'gou', 'rou'];

function villageName(random: Random): string {
	const name = pick(SYLLABLES, random) + pick(SYLLABLES, random) + pick(ENDINGS, random);
	return name[0]!.toUpperCase() + name.slice(1);
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

type Actor = Pick<SyntheticActor, 'name' | 'inter'>;
const state = (c: number): Actor => ({ name: `Military Forces of ${COUNTRIES[c]!.name}`, inter: 'State forces' });
const police = (c: number): Actor => ({ name: `Police Forces of ${COUNTRIES[c]!.name}`, inter: 'State forces' });
const civilians = (c: number): Actor => ({ name: `Civilians (${COUNTRIES[c]!.name})`, inter: 'Civilians' });
const protesters = (c: number): Actor => ({ name: `Protesters (${COUNTRIES[c]!.name})`, inter: 'Protesters' });
const rioters = (c: number): Actor => ({ name: `Rioters (${COUNTRIES[c]!.name})`, inter: 'Rioters' });
const GROUPS_IN = COUNTRIES.map((_, c) => ARMED_GROUPS.filter((g) => g.countries.includes(c)));
const OPPONENTS_IN = GROUPS_IN.map((groups) => groups.filter((g) => !g.allied));
const pick = <T>(list: readonly T[], random: Random): T => list[randomInt(random, list.length)]!;

/** Who acts against whom, by event type and sub-event type. */
function actorsOf(type: string, sub: string, c: number, random: Random): [Actor, Actor | undefined] {
	const opponent = pick(OPPONENTS_IN[c]!, random);
	switch (type) {
		case 'Battles': {
			if (sub === 'Government regains territory') return [state(c), opponent];
			const other = random() < 0.7 ? state(c) : pick(GROUPS_IN[c]!, random);
			return [opponent, other.name === opponent.name ? state(c) : other];
		}
		case 'Violence against civilians':
			return [random() < 0.85 ? pick(GROUPS_IN[c]!, random) : state(c), civilians(c)];
		case 'Explosions/Remote violence':
			if (sub === 'Air/drone strike') return [state(c), random() < 0.8 ? opponent : civilians(c)];
			return [opponent, random() < 0.7 ? state(c) : civilians(c)];
		case 'Protests':
			return [protesters(c), sub === 'Protest with intervention' ? police(c) : undefined];
		case 'Riots':
			return [rioters(c), sub === 'Mob violence' ? civilians(c) : random() < 0.4 ? police(c) : undefined];
		default:
			return [random() < 0.6 ? pick(GROUPS_IN[c]!, random) : state(c), undefined];
	}
}

/** A fatality figure: zero with the type's share, else a long tail (log-normal, median ≈ 2.5). */
function deathsOf(spec: TypeSpec, random: Random, atLeastOne: boolean): number {
	if (!atLeastOne && random() < spec.zeros) return 0;
	return clamp(Math.round(Math.exp(0.9 + 1.2 * gaussian(random))), 1, 600);
}

/**
 * The events in date order, as an ACLED export comes (month-precision ones start at the month's
 * first day, so a few run ahead: the table sorts them).
 */
export function* syntheticEvents(options: SyntheticOptions): Generator<SyntheticEvent> {
	const { count, seed, from = Date.UTC(2017, 0, 1), to = Date.UTC(2025, 0, 1), ucdp = false } = options;
	const random = mulberry32(seed);
	const townWeights = cumulate(TOWNS.map((t) => t.weight));
	const villages = TOWNS.map((t) =>
		Array.from({ length: 12 }, () => ({
			name: villageName(random),
			lon: clamp(t.lon + 0.25 * gaussian(random), SAHEL_FRAME.west, SAHEL_FRAME.east),
			lat: clamp(t.lat + 0.25 * gaussian(random), SAHEL_FRAME.south, SAHEL_FRAME.north)
		}))
	);
	// Violence rose over the years: density grows linearly with time (√u), bursts too.
	const trend = () => from + (to - from) * Math.sqrt(random());
	const bursts = Array.from({ length: 150 }, () => ({
		center: trend(),
		days: 2 + 20 * random() ** 2,
		town: weightedIndex(random, townWeights)
	}));
	const types = TYPES.filter((t) => !ucdp || t.violent);
	const typeWeights = cumulate(types.map((t) => t.weight));

	// First the day and town of every event, packed into one number (day · 256 + town) and sorted
	// natively, so the events come out in date order: a table is then built without shuffling
	// millions of strings across the heap.
	const keys = new Float64Array(count);
	for (let i = 0; i < count; i++) {
		const burst = random() < 0.4 ? bursts[randomInt(random, bursts.length)]! : undefined;
		const time = burst ? clamp(burst.center + Math.abs(gaussian(random)) * burst.days * DAY, from, to - 1) : trend();
		keys[i] = Math.floor(time / DAY) * 256 + (burst ? burst.town : weightedIndex(random, townWeights));
	}
	keys.sort();

	for (let i = 0; i < count; i++) {
		const day = Math.floor(keys[i]! / 256);
		const t = keys[i]! - day * 256;
		const town = TOWNS[t]!;
		const c = town.country;

		const dayStart = day * DAY;
		const p = random();
		const timePrecision = p < 0.85 ? 'day' : p < 0.95 ? 'week' : 'month';
		const date = new Date(dayStart);
		const start = timePrecision === 'month' ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) : dayStart;
		const next =
			timePrecision === 'month' ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) : start + (timePrecision === 'week' ? 7 : 1) * DAY;

		const village = villages[t]![randomInt(random, 12)]!;
		const g = random();
		const geoPrecision = g < 0.72 ? 'exact' : g < 0.92 ? 'near' : g < 0.99 ? 'region' : 'country';
		const jitter = geoPrecision === 'exact' ? 0.005 : 0.03;
		const [lon, lat] =
			geoPrecision === 'country' ? COUNTRIES[c]!.point
			: geoPrecision === 'region' ? [town.lon, town.lat]
			: [village.lon + jitter * gaussian(random), village.lat + jitter * gaussian(random)];
		const location = geoPrecision === 'country' ? COUNTRIES[c]!.name : geoPrecision === 'region' ? town.name : village.name;

		const spec = types[weightedIndex(random, typeWeights)]!;
		const subEventType = spec.subs[randomInt(random, spec.subs.length)]!;
		const [actor1, actor2] = actorsOf(spec.name, subEventType, c, random);
		const fatalities = deathsOf(spec, random, ucdp);
		const estimated = fatalities > 0 && random() < 0.5;
		yield {
			id: `SYN-${COUNTRIES[c]!.iso3}${i + 1}`,
			start,
			// The last millisecond the date covers, so [start, end] is the day, week or month itself.
			end: next - 1,
			timePrecision,
			lon: round4(clamp(lon, SAHEL_FRAME.west, SAHEL_FRAME.east)),
			lat: round4(clamp(lat, SAHEL_FRAME.south, SAHEL_FRAME.north)),
			geoPrecision,
			eventType: spec.name,
			subEventType,
			disorderType: spec.disorder,
			actor1: actor1.name,
			inter1: actor1.inter,
			actor2: actor2?.name ?? '',
			inter2: actor2?.inter ?? '',
			country: COUNTRIES[c]!.name,
			countryIndex: c,
			admin1: geoPrecision === 'country' ? '' : town.admin1,
			fatalities,
			fatalitiesLow: estimated ? Math.max(1, Math.floor(fatalities * (0.5 + 0.5 * random()))) : null,
			fatalitiesHigh: estimated ? Math.ceil(fatalities * (1 + random())) : null,
			location,
			notes: `${SYNTHETIC_NOTE}: ${subEventType.toLowerCase()} near ${location}, ${fatalities} killed.`,
			source: SYNTHETIC_SOURCE
		};
	}
}

/** A synthetic table's name, counting rule and flag: each says the events are not real. */
export function syntheticMeta(seed: number): EventTableMeta {
	return {
		name: `Synthetic events (not real data), seed ${seed}`,
		countingRule: 'Synthetic: invented fatality figures, not reports of real deaths',
		synthetic: true
	};
}

/** The synthetic events as a table, marked synthetic in its name, counting rule and flag. */
export function syntheticEventTable(options: SyntheticOptions): EventTable {
	return buildEventTable(syntheticEvents(options), syntheticMeta(options.seed));
}
