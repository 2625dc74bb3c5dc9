// "Reported vs computed" for the arrival: each account of the aircraft over the target, as minutes
// after the alert, read against the flight the reader's assumptions give.
import { MINUTE } from '../time/time-window';
import { firstTime, type ResolvedAccount, type SortieFacts } from './sortie-model';
import { timingGap, type TimingGap } from './timing-gap';

export interface OverTargetGap {
	resolved: ResolvedAccount;
	gap: TimingGap;
}

/**
 * The over-target accounts that say how long after the alert help came: as the source counts it
 * ("15 minutes after the alert"), else from the account's time and the alert's. An account with
 * neither, or not after the alert, is left out: there is no flight to read it against.
 */
export function overTargetGaps(facts: SortieFacts, distanceKm: number, cruiseKmh: number, maxKmh: number): OverTargetGap[] {
	const alertAt = firstTime(facts.alert);
	return facts.overTarget.flatMap((resolved) => {
		const after = resolved.account.minutesAfter;
		const minutes = after?.event === 'alert' ? after.minutes : alertAt !== null && resolved.t !== null ? (resolved.t - alertAt) / MINUTE : null;
		if (minutes === null || minutes <= 0) return [];
		return [{ resolved, gap: timingGap(distanceKm, minutes, cruiseKmh, maxKmh) }];
	});
}
