// A load problem said in the reader's language, its numbers written as the language writes them.
import { message, type Lang, type MessageKey } from '../i18n/messages';
import { saidValues, type LoadProblem } from './format-error';
import '../i18n/on-demand/load-problems';

export function loadProblemText(problem: LoadProblem, lang: Lang): string {
	return message(lang, `loadProblem_${problem.code}` as MessageKey, saidValues(problem, lang));
}
