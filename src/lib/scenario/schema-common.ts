// The scenario's building blocks (ids, bilingual text, dates, counts, coordinates) and its
// provenance: the sources every number and sentence rests on.
import * as z from 'zod';
import { isDateOrDateTime, isDateOrMonth, isDateTimeWithOffset } from './dates';
import { SCENARIO_LIMITS } from './limits';
import { ID_MAX_LENGTH, ID_PATTERN, ID_PROBLEM } from './vocabulary';
import { isTimeZone } from '../time/local-time';

// --- Building blocks ---------------------------------------------------------

export const IdSchema = z.string().max(ID_MAX_LENGTH, `must be at most ${ID_MAX_LENGTH} characters`).regex(ID_PATTERN, ID_PROBLEM);

export const Text = z.string().max(SCENARIO_LIMITS.textChars).regex(/\S/, 'must not be empty');

/** Every text a reader sees exists in English and in French, the region's language. */
export const LocalizedSchema = z.strictObject({ en: Text, fr: Text });

/**
 * A publisher or a source's title: one string when it reads the same in both languages ("Reuters",
 * a headline quoted as published), `{ en, fr }` when it carries words a reader's language changes
 * ("SOFREP (attribution not confirmed)", a description in [square brackets]).
 */
export const PlainOrLocalizedSchema = z.union([Text, LocalizedSchema], { error: 'must be a text, or { "en": …, "fr": … } when its words differ by language' });

export const DateTime = z
	.string()
	.refine(
		isDateTimeWithOffset,
		'must be an ISO 8601 date-time with seconds and an offset, such as 2020-01-09T12:00:00+01:00'
	);
export const DayOrMonth = z.string().refine(isDateOrMonth, 'must be a date YYYY-MM-DD or a month YYYY-MM');
export const DayOrDateTime = z
	.string()
	.refine(isDateOrDateTime, 'must be a date YYYY-MM-DD or a date-time with an offset, such as 2020-01-11T09:00:00+01:00');

/** Where local times are told: an IANA zone name that Intl knows. */
export const TimeZoneName = z.string().refine(isTimeZone, 'must be an IANA time zone, such as Africa/Niamey');

/** People, vehicles, aircraft: a whole number, never negative. */
export const Count = z.int().min(0, 'must not be negative');
export const Magnitude = z.number().min(0, 'must not be negative');

export const Latitude = z.number().min(-90, 'must be a latitude between -90 and 90').max(90, 'must be a latitude between -90 and 90');
export const Longitude = z
	.number()
	.min(-180, 'must be a longitude between -180 and 180')
	.max(180, 'must be a longitude between -180 and 180');

/** A lon/lat rectangle, west to east and south to north. */
export const GeoBoxSchema = z
	.strictObject({ west: Longitude, south: Latitude, east: Longitude, north: Latitude })
	.refine((box) => box.west < box.east, { message: 'west must be less than east', path: ['east'] })
	.refine((box) => box.south < box.north, { message: 'south must be less than north', path: ['north'] });

/** As the map's feature ids: ISO 3166-1 numeric, zero-padded ("562" is Niger). */
export const CountryCode = z.string().regex(/^\d{3}$/, 'must be an ISO 3166-1 numeric code such as "562" (Niger)');

/** Only links a browser opens as a page: javascript:, data: and the like could run code in the app. */
export const HttpUrl = z.string().max(SCENARIO_LIMITS.urlChars).pipe(z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }));

/** One of the scenario's lists, with at most SCENARIO_LIMITS.items items. */
export const List = <T extends z.ZodType>(item: T) => z.array(item).max(SCENARIO_LIMITS.items);

export const SourceIds = z.array(IdSchema).min(1, 'must cite at least one source');

// --- Provenance --------------------------------------------------------------

export const SourceKindSchema = z.enum(['news', 'official', 'reference', 'analysis']);

/**
 * A document a number or a sentence rests on. A title in [square brackets]
 * describes a document whose headline is not known (in both languages); `note`
 * says how the document was reached when it was not read directly.
 */
export const SourceSchema = z.strictObject({
	id: IdSchema,
	publisher: PlainOrLocalizedSchema,
	title: PlainOrLocalizedSchema,
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
