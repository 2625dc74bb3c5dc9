// Fetches the chapters' narration for an embed that shows it; the answer is checked by its schema,
// so a damaged or foreign file is an error the embed reports, never text it shows.
import * as z from 'zod/mini';
import { ChapterTextsSchema, type ChapterTexts } from '../embed/chapter-texts';

/** The narration by chapter id, or an Error saying in English what went wrong. */
export async function fetchChapterTexts(url: string): Promise<ChapterTexts> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	const parsed = z.safeParse(ChapterTextsSchema, await response.json());
	if (!parsed.success) throw new Error(`${url}: not the chapters' texts (${parsed.error.issues[0]?.message ?? 'invalid'})`);
	return parsed.data;
}
