// The words under a time axis's ticks. An axis of hours that crosses midnight dates its first
// tick and the first tick of each day ("11 Jan 00:00"): "12:00 00:00 12:00" alone cannot tell
// 11 January from 13 January.
import type { Lang } from '../i18n/messages';
import { formatDatedTick, formatTick, localDay } from './format-time';
import type { Zone } from './local-time';
import { DAY } from './time-window';

/** The label of each tick, in order; `ticks` are one axis's, left to right, all with the same step. */
export function axisLabels(ticks: readonly { t: number; stepMs: number }[], zone: Zone, lang: Lang): string[] {
	const days = ticks.map((tick) => localDay(tick.t, zone));
	const spansDays = days.some((day) => day !== days[0]);
	return ticks.map((tick, i) => {
		if (tick.stepMs >= DAY || !spansDays) return formatTick(tick.t, zone, lang, tick.stepMs);
		return i === 0 || days[i] !== days[i - 1] ? formatDatedTick(tick.t, zone, lang) : formatTick(tick.t, zone, lang, tick.stepMs);
	});
}
