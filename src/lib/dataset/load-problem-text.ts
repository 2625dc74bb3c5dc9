// A load problem said in the reader's language, its numbers written as the language writes them.
import { message, type Lang, type MessageKey } from '../i18n/messages';
import { saidValues, type LoadProblem } from './format-error';
import '../i18n/on-demand/load-problems';
import '../i18n/on-demand/event-details';

export function loadProblemText(problem: LoadProblem, lang: Lang): string {
	return message(lang, `loadProblem_${problem.code}` as MessageKey, saidValues(problem, lang));
}

/** A page's notice for the table its link asked for (`?data=`) when it failed to load: which file, why, and that the story goes on. */
export function failedLinkTableText(url: string, problem: LoadProblem, lang: Lang): string {
	return message(lang, 'eventsFailedNotice', { url, reason: loadProblemText(problem, lang) });
}
