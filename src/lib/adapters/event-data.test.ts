// Loading an event table never loses the one already shown: a table that fails (a missing file, a
// damaged one, one cut short) is reported, and the layer keeps the previous table.
import { describe, expect, it } from 'vitest';
import { encodeEventTable } from '../dataset/binary-format';
import { syntheticEventTable } from '../dataset/synthetic';
import { EventLayer } from '../state/event-layer.svelte';
import { loadEventData } from './event-data';
import { fetchEventTable } from './fetch-event-table';
import { loadProblemText } from '../dataset/load-problem-text';

const first = encodeEventTable(syntheticEventTable({ count: 30, seed: 1 }));
const fetcher = (responses: Record<string, () => Response>) => (async (url: string) => responses[url]!()) as typeof fetch;
// What the data worker runs, here in the test's thread.
const reader = (responses: Record<string, () => Response>) => (url: string) => fetchEventTable(url, () => undefined, fetcher(responses));

describe('loadEventData', () => {
	it('keeps the table it has when the next one fails, and says why', async () => {
		const layer = new EventLayer();
		const responses = {
			'/first.bin': () => new Response(first.slice()),
			'/missing.bin': () => new Response('not here', { status: 404, statusText: 'Not Found' }),
			'/cut.bin': () => new Response(first.slice(0, first.length - 100)),
			'/page.html': () => new Response('<!doctype html><script>alert(1)</script>'),
			'/offline.bin': () => {
				throw new TypeError('Failed to fetch');
			}
		};
		await loadEventData(layer, '/first.bin', reader(responses));
		const table = layer.table;
		expect(table?.length).toBe(30);
		for (const [url, problem] of [
			['/missing.bin', { code: 'httpStatus', values: { status: 404 } }],
			['/cut.bin', { code: 'truncatedColumn', values: { column: 'notes.text' } }],
			['/page.html', { code: 'notTable', values: { magic: 'SAHELEVT' } }],
			['/offline.bin', { code: 'network' }]
		] as const) {
			await loadEventData(layer, url, reader(responses));
			expect(layer.table).toBe(table);
			expect(layer.status).toMatchObject({ phase: 'failed', url, reason: problem });
		}
	});

	it('says the reason in the page’s language, its numbers written as the language writes them', async () => {
		const layer = new EventLayer();
		await loadEventData(layer, '/missing.bin', reader({ '/missing.bin': () => new Response('', { status: 503 }) }));
		if (layer.status.phase !== 'failed') throw new Error('not failed');
		expect(loadProblemText(layer.status.reason, 'en')).toBe('the server answered with status 503');
		expect(loadProblemText(layer.status.reason, 'fr')).toBe('le serveur a répondu avec le statut 503');
		const big = { code: 'tooManyRows', values: { rows: 4_000_001, max: 4_000_000 } } as const;
		expect(loadProblemText(big, 'en')).toBe('the header says 4,000,001 rows; an event table may have at most 4,000,000');
		expect(loadProblemText(big, 'fr')).toBe(`l’en-tête annonce 4${'\u202f'}000${'\u202f'}001 lignes\u00a0; une table d’événements en a au plus 4${'\u202f'}000${'\u202f'}000`);
	});
});
