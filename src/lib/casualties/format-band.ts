// Casualty counts as words: "89", "25–89", "at least 118", "more than 100",
// "none reported". Never "≥" or "+": readers take those for typos or ranges.
import { formatCount } from '../i18n/format';
import { message, type Lang } from '../i18n/messages';
import type { Band } from './band';

/**
 * A band as text: "12", "25–89", "at least 89", "25 to at least 89", "more
 * than 100", "none reported". `spoken` (screen readers, live regions) says a
 * range in words, "25 to 89".
 */
export function formatBand(band: Band, lang: Lang, style: 'short' | 'spoken' = 'short'): string {
	if (!band.reported) return message(lang, 'casualtyNoneReported');
	const low = formatCount(band.low, lang);
	const high = formatCount(band.high, lang);
	if (band.low === band.high) {
		if (band.moreThan) return message(lang, 'casualtyMoreThan', { n: high });
		return band.atLeast ? message(lang, 'casualtyAtLeast', { n: high }) : high;
	}
	if (band.moreThan) return message(lang, 'casualtyRangeMoreThan', { low, high });
	if (band.atLeast) return message(lang, 'casualtyRangeAtLeast', { low, high });
	return message(lang, style === 'spoken' ? 'casualtyRangeSpoken' : 'casualtyRange', { low, high });
}
