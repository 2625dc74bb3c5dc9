import { describe, expect, it } from 'vitest';
import { decodeEventTable, encodeEventTable } from './binary-format';
import { stringAt } from './event-table';
import { hostileEventTable } from './synthetic-hostile';

const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', '\u202Ejavascript:alert(3)', 'x'.repeat(1_000_000)];

describe('hostileEventTable', () => {
	const table = hostileEventTable({ count: 8, seed: 3 }, PAYLOADS);

	it('carries a payload in every text, the same each time for a seed', () => {
		expect(table).toEqual(hostileEventTable({ count: 8, seed: 3 }, PAYLOADS));
		expect(table.name.endsWith(PAYLOADS[0]!)).toBe(true);
		expect(table.countingRule.endsWith(PAYLOADS[1]!)).toBe(true);
		for (let r = 0; r < table.length; r++) {
			for (const column of [table.id, table.location, table.notes, table.source]) expect(PAYLOADS.some((p) => stringAt(column, r).endsWith(p))).toBe(true);
		}
		expect(table.dictionaries.actors.slice(1).every((name) => PAYLOADS.some((p) => name.endsWith(p)))).toBe(true);
	});

	it('still says its events are synthetic', () => {
		expect(table.synthetic).toBe(true);
		expect(table.name).toMatch(/^Synthetic events \(not real data\)/);
		for (let r = 0; r < table.length; r++) {
			expect(stringAt(table.id, r)).toMatch(/^SYN-/);
			expect(stringAt(table.notes, r)).toMatch(/^Synthetic, not real/);
		}
	});

	it('goes through the binary format, 1 MB strings included', () => {
		expect(decodeEventTable(encodeEventTable(table))).toEqual(table);
	});
});
