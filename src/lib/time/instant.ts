import * as z from 'zod/mini';
import { isDateTimeWithOffset } from '../scenario/dates';

/**
 * An instant written by someone outside the app (a URL, a host page's message): ISO 8601 with
 * seconds and an offset, read as epoch ms. The offset is required because without one the
 * browser reads the time in the reader's own zone, and one link would name different instants.
 */
export const isoInstant = z.pipe(
	z.string().check(z.refine(isDateTimeWithOffset, 'must be an ISO 8601 date-time with seconds and an offset, such as 2020-01-09T14:00:00+01:00')),
	z.transform((text: string) => Date.parse(text))
);

/** Epoch ms as ISO 8601 in UTC, without milliseconds when they are zero: 2020-01-09T13:00:00Z. */
export function formatInstant(ms: number): string {
	return new Date(ms).toISOString().replace('.000Z', 'Z');
}
