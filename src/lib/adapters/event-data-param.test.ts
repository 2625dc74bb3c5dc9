// A table a link asks for that fails to load is said where the page shows its notices: which file,
// why, in the reader's language; a table that loads gives no notice.
import { describe, expect, it } from 'vitest';
import { encodeEventTable } from '../dataset/binary-format';
import { syntheticEventTable } from '../dataset/synthetic';
import { EventLayer } from '../state/event-layer.svelte';
import { loadEventData } from './event-data';
import { fetchEventTable } from './fetch-event-table';
import { failedTableNotice } from './event-data-param';

const table = encodeEventTable(syntheticEventTable({ count: 5, seed: 3 }));
const responses: Record<string, () => Response> = {
	'/data/gone.bin': () => new Response('', { status: 503 }),
	'/data/ok.bin': () => new Response(table.slice())
};
const read = (url: string) => fetchEventTable(url, () => undefined, (async (asked: string) => responses[asked]!()) as typeof fetch);

async function noticeFor(url: string, lang: 'en' | 'fr') {
	const layer = new EventLayer();
	const notice = failedTableNotice(layer, layer.nextArrival(), () => lang);
	await loadEventData(layer, url, read);
	return notice;
}

describe('failedTableNotice', () => {
	it('names the file and the reason, and says the story goes on, in English and French', async () => {
		expect(await noticeFor('/data/gone.bin', 'en')).toBe(
			'The events this link asks for (/data/gone.bin) could not be loaded: the server answered with status 503. The story is shown without them.'
		);
		expect(await noticeFor('/data/gone.bin', 'fr')).toBe(
			'Les événements que ce lien demande (/data/gone.bin) n’ont pas pu être chargés\u00a0: le serveur a répondu avec le statut 503. Le récit est affiché sans eux.'
		);
	});

	it('gives no notice for a table that loaded', async () => {
		expect(await noticeFor('/data/ok.bin', 'en')).toBeNull();
	});
});
