import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrSymbol } from './qr-code';

/** The dark modules a path draws, as "x,y" in the padded grid, read back from its rectangles. */
function darkCells(path: string): Set<string> {
	const cells = new Set<string>();
	for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		for (let i = 0; i < Number(w); i++) cells.add(`${Number(x) + i},${y}`);
	}
	return cells;
}

/** ISO/IEC 18004's finder pattern: a dark 7×7 ring, a light ring, a dark 3×3 core. */
function isFinder(cells: Set<string>, left: number, top: number): boolean {
	for (let dy = 0; dy < 7; dy++) {
		for (let dx = 0; dx < 7; dx++) {
			const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
			if (cells.has(`${left + dx},${top + dy}`) !== (ring !== 2)) return false;
		}
	}
	return true;
}

describe('qrSymbol', () => {
	const url = 'https://timeline.example.org/present?chapter=chinagodrar-air-response&lang=fr';

	it('picks the smallest version whose level M holds the bytes', () => {
		// Byte capacity at level M (ISO/IEC 18004, table 7): version 2 holds 26 bytes, 4 62, 5 84; each version adds 4 modules to 21.
		const link = (bytes: number) => 'https://example.org/' + 'x'.repeat(bytes - 20);
		expect(qrSymbol(link(26)).modules).toBe(25);
		expect(qrSymbol(link(27)).modules).toBe(29);
		expect(url.length).toBeGreaterThan(62);
		expect(qrSymbol(url).modules).toBe(37);
	});

	it('draws the three finder patterns in the corners, inside a 4-module quiet zone', () => {
		const { modules, size, path } = qrSymbol(url);
		expect(size).toBe(modules + 2 * QUIET_ZONE);
		const cells = darkCells(path);
		expect(isFinder(cells, QUIET_ZONE, QUIET_ZONE)).toBe(true);
		expect(isFinder(cells, QUIET_ZONE + modules - 7, QUIET_ZONE)).toBe(true);
		expect(isFinder(cells, QUIET_ZONE, QUIET_ZONE + modules - 7)).toBe(true);
		expect(isFinder(cells, QUIET_ZONE + modules - 7, QUIET_ZONE + modules - 7)).toBe(false);
		const inQuietZone = [...cells].map((cell) => cell.split(',').map(Number)).filter(([x, y]) => Math.min(x!, y!) < QUIET_ZONE || Math.max(x!, y!) >= QUIET_ZONE + modules);
		expect(inQuietZone).toEqual([]);
	});

	it('draws the timing pattern: row 6 alternates between the finders', () => {
		const { modules, path } = qrSymbol(url);
		const cells = darkCells(path);
		for (let x = 8; x < modules - 8; x++) expect(cells.has(`${QUIET_ZONE + x},${QUIET_ZONE + 6}`)).toBe(x % 2 === 0);
	});

	it('refuses text a reader’s phone could decode otherwise than meant', () => {
		expect(() => qrSymbol('https://example.org/café')).toThrow(/invalid QR text/);
		expect(() => qrSymbol('')).toThrow(/invalid QR text/);
	});
});
