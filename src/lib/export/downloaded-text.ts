// The export menu's word that its files were saved: the participle agrees with how many there are
// (a video comes with its captions), in French "téléchargé" or "téléchargés".
import { formatList, pluralForm } from '../i18n/format';
import { message, type Lang } from '../i18n/messages';
import '../i18n/on-demand/export';

/** "Downloaded a.webm and a.vtt." / "a.webm et a.vtt téléchargés." */
export function downloadedText(files: readonly string[], lang: Lang): string {
	return message(lang, `exportDone_${pluralForm(files.length, lang)}`, { files: formatList(files, lang) });
}
