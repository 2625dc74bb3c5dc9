// The counting rule an imported table shows beside its deaths, in the reader's language: ACLED's
// own rule (0 where no figure was reported, so its 0 is kept and may mean unknown), UCDP's best
// estimate, or the column a generic file's deaths came from.
import { message, type Lang } from '../../i18n/messages';
import type { PresetName } from './preset';
import '../../i18n/on-demand/import';

export function countingRule(lang: Lang, preset: PresetName, deathsColumn: string | null): string {
	if (preset === 'acled' || preset === 'acled-pre-2023') return message(lang, 'importRuleAcled');
	if (preset === 'ucdp-ged') return message(lang, 'importRuleUcdp');
	return deathsColumn === null ? message(lang, 'importRuleNone') : message(lang, 'importRuleGeneric', { column: deathsColumn });
}
