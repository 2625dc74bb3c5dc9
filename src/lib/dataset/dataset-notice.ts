// What last happened to a kept dataset that the reader must be told, and how it reads: our own
// words in the reader's language, naming what failed; the browser's own error text (English
// whatever the page's language, and written for developers) is kept apart as a detail.
import { formatBytes } from '../i18n/format';
import { message, type Lang } from '../i18n/messages';
import type { LoadProblem } from './format-error';
import { loadProblemText } from './load-problem-text';
import '../i18n/on-demand/datasets';

export type DatasetNotice =
	| { code: 'quota'; name: string; bytes: number }
	/** `detail`: the browser's own error message, for the curious, never in the sentence. */
	| { code: 'saveFailed' | 'renameFailed' | 'deleteFailed'; name: string; detail: string }
	| { code: 'restoreFailed'; name: string; problem: LoadProblem }
	| { code: 'deleted' | 'renamed'; name: string };

export interface NoticeText {
	text: string;
	/** The browser's message, shown folded under the text; null when there is none. */
	detail: string | null;
	/** Something failed (said as an alert), rather than done. */
	problem: boolean;
}

const FAILED = { saveFailed: 'datasetsSaveFailed', renameFailed: 'datasetsRenameFailed', deleteFailed: 'datasetsDeleteFailed' } as const;

export function datasetNoticeText(notice: DatasetNotice, lang: Lang): NoticeText {
	switch (notice.code) {
		case 'quota':
			return { text: message(lang, 'datasetsQuota', { name: notice.name, size: formatBytes(notice.bytes, lang) }), detail: null, problem: true };
		case 'saveFailed':
		case 'renameFailed':
		case 'deleteFailed':
			return { text: message(lang, FAILED[notice.code], { name: notice.name }), detail: notice.detail || null, problem: true };
		case 'restoreFailed':
			return { text: message(lang, 'datasetsRestoreFailed', { name: notice.name, detail: loadProblemText(notice.problem, lang) }), detail: null, problem: true };
		case 'deleted':
			return { text: message(lang, 'datasetsDeleted', { name: notice.name }), detail: null, problem: false };
		case 'renamed':
			return { text: message(lang, 'datasetsRenamed', { name: notice.name }), detail: null, problem: false };
	}
}
