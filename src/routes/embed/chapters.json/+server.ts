// The chapters' narration, written at build time for embeds that show it (narration=1).
import { json } from '@sveltejs/kit';
import { chapterTexts } from '$lib/embed/chapter-texts';
import { loadSeedScenario } from '$lib/scenario/seed.server';

export const prerender = true;

export const GET = () => json(chapterTexts(loadSeedScenario()));
