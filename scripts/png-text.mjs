// Text chunks (tEXt) in a PNG: the share image carries what it shows, so a
// test can tell when the data has moved on without comparing pixels.
import { crc32 } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function* chunks(png) {
	if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
	let at = 8;
	while (at + 12 <= png.length) {
		const length = png.readUInt32BE(at);
		const type = png.toString('latin1', at + 4, at + 8);
		yield { type, start: at, data: png.subarray(at + 8, at + 8 + length), end: at + 12 + length };
		at += 12 + length;
	}
}

/** The text of the tEXt chunk named `keyword`, or null. */
export function readPngText(png, keyword) {
	for (const chunk of chunks(png)) {
		if (chunk.type !== 'tEXt') continue;
		const nul = chunk.data.indexOf(0);
		if (chunk.data.toString('latin1', 0, nul) === keyword) return chunk.data.toString('latin1', nul + 1);
	}
	return null;
}

/** The PNG with a tEXt chunk `keyword` = `text` (ASCII) just before IEND, replacing any of that name. */
export function writePngText(png, keyword, text) {
	if (!/^[\x20-\x7e]*$/.test(text)) throw new Error('tEXt here holds ASCII only: escape the rest');
	const parts = [SIGNATURE];
	for (const chunk of chunks(png)) {
		const isOld = chunk.type === 'tEXt' && chunk.data.toString('latin1', 0, chunk.data.indexOf(0)) === keyword;
		if (chunk.type === 'IEND') {
			const body = Buffer.concat([Buffer.from('tEXt', 'latin1'), Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text, 'latin1')]);
			const head = Buffer.alloc(4);
			head.writeUInt32BE(body.length - 4);
			const tail = Buffer.alloc(4);
			tail.writeUInt32BE(crc32(body) >>> 0);
			parts.push(head, body, tail);
		}
		if (!isOld) parts.push(png.subarray(chunk.start, chunk.end));
	}
	return Buffer.concat(parts);
}
