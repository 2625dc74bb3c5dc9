import { describe, expect, it } from 'vitest';
import { allowedDataOrigins, dataParam } from './data-param';
import { readParam } from './params';

const page = 'https://timeline.example.org';
const read = (value: string, allowed: string[] = []) => readParam(new URLSearchParams({ data: value }), dataParam(page, allowed));

describe('dataParam', () => {
	it('reads a path or an absolute URL on the same origin as the URL to fetch', () => {
		expect(read('/data/sahel.bin')).toEqual({ ok: true, value: 'https://timeline.example.org/data/sahel.bin' });
		expect(read('https://timeline.example.org/x.bin?v=2')).toEqual({ ok: true, value: 'https://timeline.example.org/x.bin?v=2' });
	});

	it('refuses another origin unless the deployment allows it', () => {
		expect(read('https://evil.example/x.bin')).toMatchObject({ ok: false, raw: 'https://evil.example/x.bin' });
		expect(read('https://data.example.org/x.bin', ['https://data.example.org'])).toEqual({ ok: true, value: 'https://data.example.org/x.bin' });
	});

	it('refuses what is not http(s)', () => {
		for (const value of ['javascript:alert(1)', 'data:application/octet-stream;base64,AAAA', 'file:///etc/passwd']) {
			expect(read(value)).toMatchObject({ ok: false, problem: expect.stringContaining('http') });
		}
	});

	it('reads the allowed origins from a comma-separated setting', () => {
		expect(allowedDataOrigins(undefined)).toEqual([]);
		expect(allowedDataOrigins(' https://a.example , https://b.example,')).toEqual(['https://a.example', 'https://b.example']);
	});
});
