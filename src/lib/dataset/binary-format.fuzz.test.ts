// The event table reader at its boundary: damaged, truncated, hostile and oversized files end in an
// EventTableFormatError that says what is wrong (by column and row where there is one), never in
// another error, a hang or a huge allocation. Limits: dataset/limits.ts, README "Event tables".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, fuzzTimeout } from '../../../tests/unit/fuzz';
import { decodeEventTable, encodeEventTable, EventTableFormatError, readEventTable } from './binary-format';
import { COLUMNS, readHeader, type Header } from './binary-header';
import { withHeaderJson } from '../../../tests/unit/event-table-files';
import { checkEventTable } from './table-checks';
import { EVENT_TABLE_LIMITS } from './limits';
import { syntheticEventTable } from './synthetic';

const TABLE = syntheticEventTable({ count: 40, seed: 11 });
const BYTES = encodeEventTable(TABLE);
const RUNS = fuzzRuns();
const TIMEOUT = fuzzTimeout(50);

const header = (): Header => structuredClone(readHeader(BYTES)!.header);

/** Decoded, or refused with an EventTableFormatError of one line; anything else fails the test. */
function expectTableOrFormatError(decode: () => unknown): void {
	try {
		checkEventTable(decode() as Parameters<typeof checkEventTable>[0]);
	} catch (error) {
		if (!(error instanceof EventTableFormatError)) throw error;
		expect(error.message).toMatch(/^[^\n]+$/);
	}
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const HEADER_KEYS = ['name', 'countingRule', 'synthetic', 'length', 'dictionaries', 'values', 'columns', '__proto__', 'constructor'] as const;
const hostileValue = fc.oneof(
	fc.jsonValue(),
	fc.constantFrom(-1, 2 ** 32, 2 ** 53, 1e308, 0.5, EVENT_TABLE_LIMITS.rows + 1, '', { polluted: true }),
	fc.integer({ min: 1, max: 40 }).map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)))
);

/** Damage to a valid file: bytes overwritten, cut, run on, or its header edited. */
const damaged: fc.Arbitrary<Uint8Array> = fc.oneof(
	fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => {
		const bytes = BYTES.slice();
		for (const [at, value] of edits) bytes[at % bytes.length] = value;
		return bytes;
	}),
	fc.nat({ max: BYTES.length - 1 }).map((length) => BYTES.slice(0, length)),
	fc.uint8Array({ minLength: 1, maxLength: 64 }).map((tail) => new Uint8Array([...BYTES, ...tail])),
	fc.tuple(fc.constantFrom(...HEADER_KEYS), hostileValue).map(([key, value]) => {
		const edited: Record<string, unknown> = header() as unknown as Record<string, unknown>;
		const json = JSON.stringify(edited).replace(/^\{/, `{${JSON.stringify(key)}:${JSON.stringify(value)},`);
		return withHeaderJson(BYTES, json);
	}),
	fc.tuple(fc.nat({ max: COLUMNS.length - 1 }), fc.constantFrom('byteLength', 'name', 'type'), hostileValue).map(([i, field, value]) => {
		const edited = header() as unknown as { columns: Record<string, unknown>[] };
		edited.columns[i]![field] = value;
		return withHeaderJson(BYTES, JSON.stringify(edited));
	}),
	fc.uint8Array({ maxLength: 256 }).map((junk) => new Uint8Array([...new TextEncoder().encode('SAHELEVT'), ...junk]))
);

describe('fuzz: the event table reader', () => {
	it(`decodes or refuses ${RUNS.numRuns} damaged files with a one-line EventTableFormatError`, TIMEOUT, () => {
		fc.assert(
			fc.property(damaged, (bytes) => expectTableOrFormatError(() => decodeEventTable(bytes))),
			RUNS
		);
	});

	it(`reads or refuses ${RUNS.numRuns} damaged files streamed in chunks of any size`, TIMEOUT, async () => {
		await fc.assert(
			fc.asyncProperty(damaged, fc.integer({ min: 1, max: 4096 }), async (bytes, chunk) => {
				let at = 0;
				const stream = new ReadableStream<Uint8Array>({
					pull(controller) {
						if (at >= bytes.length) return controller.close();
						controller.enqueue(bytes.slice(at, (at += chunk)));
					}
				});
				let table: unknown;
				try {
					table = await readEventTable(stream);
				} catch (error) {
					if (!(error instanceof EventTableFormatError)) throw error;
					return;
				}
				expectTableOrFormatError(() => table);
			}),
			RUNS
		);
	});
});

describe('limits', () => {
	const expectRefused = (bytes: Uint8Array, message: RegExp) => {
		expect(() => decodeEventTable(bytes)).toThrow(EventTableFormatError);
		expect(() => decodeEventTable(bytes)).toThrow(message);
	};

	it('refuses a header that describes a file over 512 MiB before reading or allocating it', async () => {
		const huge = header();
		huge.columns.at(-1)!.byteLength = EVENT_TABLE_LIMITS.fileBytes;
		const start = withHeaderJson(BYTES, JSON.stringify(huge)).subarray(0, 4096);
		let pulls = 0;
		const stream = new ReadableStream<Uint8Array>({
			pull(controller) {
				pulls++;
				controller.enqueue(start.slice(0));
			}
		});
		await expect(readEventTable(stream)).rejects.toThrow(/^the header describes a file of 536,87\d,\d{3} bytes; an event table may have at most 536,870,912$/);
		// The chunk holding the header, and at most the one the stream asks its source for ahead of
		// the reader (a high-water mark of one chunk): never the file it describes.
		expect(pulls).toBeLessThanOrEqual(2);
	});

	it(`refuses more than ${EVENT_TABLE_LIMITS.rows.toLocaleString('en')} rows`, () => {
		const many = header();
		many.length = EVENT_TABLE_LIMITS.rows + 1;
		expectRefused(withHeaderJson(BYTES, JSON.stringify(many)), /^the header says 4,000,001 rows; an event table may have at most 4,000,000$/);
	});

	it('refuses a header nested deeper than its shape', () => {
		const deep = JSON.stringify(header()).replace(/^\{/, `{"extra":${'['.repeat(20)}${']'.repeat(20)},`);
		expectRefused(withHeaderJson(BYTES, deep), /^the header nests more than 8 deep \(at character \d+\)$/);
	});

	it('refuses a string over 1 Mi characters, naming its row and column, and keeps one of 1,000,000', () => {
		const table = syntheticEventTable({ count: 3, seed: 2 });
		const at = (length: number) => {
			const text = `${table.notes.text.slice(0, table.notes.offsets[1])}${'x'.repeat(length)}${table.notes.text.slice(table.notes.offsets[2])}`;
			const offsets = Uint32Array.from(table.notes.offsets);
			for (let r = 2; r < offsets.length; r++) offsets[r] = offsets[r]! - (table.notes.offsets[2]! - table.notes.offsets[1]!) + length;
			return encodeEventTable({ ...table, notes: { text, offsets } });
		};
		expect(decodeEventTable(at(1_000_000)).notes.text).toHaveLength(table.notes.text.length - (table.notes.offsets[2]! - table.notes.offsets[1]!) + 1_000_000);
		expectRefused(at(EVENT_TABLE_LIMITS.stringChars + 1), /^row 1: column notes holds 1,048,577 characters; a string may have at most 1,048,576$/);
	});

	it('refuses a dictionary entry over 1 Mi characters', () => {
		const long = header();
		(long.dictionaries.actors as string[])[1] = 'x'.repeat(EVENT_TABLE_LIMITS.stringChars + 1);
		expectRefused(withHeaderJson(BYTES, JSON.stringify(long)), /^the header’s dictionary actors is not a list of at most 65,536 strings of at most 1,048,576 characters/);
	});

	it('keeps __proto__ and constructor keys of a header inert', () => {
		const json = JSON.stringify(header()).replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
		const table = decodeEventTable(withHeaderJson(BYTES, json));
		expect(table.length).toBe(TABLE.length);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
