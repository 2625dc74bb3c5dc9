// The chapters' narration for an embed that shows it. The embed's page data leaves narration out
// (most embeds never show it, and every byte of the first load counts), so an embed that asks for
// it (narration=1) fetches this once from the app's own server, checked by the schema below.
import * as z from 'zod/mini';
import { LANGS } from '../i18n/messages';
import type { Scenario } from '../scenario/schema';
import { IdSchema } from '../url/params';

/** The longest text the scenario schema allows. */
const TEXT_MAX = 20_000;
const Text = z.string().check(z.maxLength(TEXT_MAX));
const LocalizedText = z.object({ en: Text, fr: Text });

export const ChapterTextsSchema = z.record(IdSchema, LocalizedText);
export type ChapterTexts = z.infer<typeof ChapterTextsSchema>;

/** The file's path under the app's base. */
export const CHAPTER_TEXTS_PATH = '/embed/chapters.json';

/** Each chapter's narration in every language, by chapter id. */
export function chapterTexts(scenario: Scenario): ChapterTexts {
	return Object.fromEntries(
		scenario.chapters.map((chapter) => [chapter.id, Object.fromEntries(LANGS.map((lang) => [lang, chapter.narration[lang]])) as ChapterTexts[string]])
	);
}
