// Loading an event table never loses the one already shown: a table that fails (a missing file, a
// damaged one, one cut short) is reported, and the layer keeps the previous table.
import { describe, expect, it } from 'vitest';
import { encodeEventTable } from '../dataset/binary-format';
import { syntheticEventTable } from '../dataset/synthetic';
import { EventLayer } from '../state/event-layer.svelte';
import { loadEventData } from './event-data';
import { fetchEventTable } from './fetch-event-table';

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
			'/page.html': () => new Response('<!doctype html><script>alert(1)</script>')
		};
		await loadEventData(layer, '/first.bin', reader(responses));
		const table = layer.table;
		expect(table?.length).toBe(30);
		for (const [url, reason] of [
			['/missing.bin', 'the server answered 404 Not Found'],
			['/cut.bin', 'truncated: expected'],
			['/page.html', 'not a Sahel Timeline event table']
		] as const) {
			await loadEventData(layer, url, reader(responses));
			expect(layer.table).toBe(table);
			expect(layer.status).toMatchObject({ phase: 'failed', url });
			expect(layer.status.phase === 'failed' && layer.status.reason).toContain(reason);
		}
	});
});
