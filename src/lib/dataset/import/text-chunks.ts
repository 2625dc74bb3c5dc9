// A file's text in pieces of at most 64 KB, decoded here rather than by PapaParse: its File
// reader decodes each byte slice on its own, which garbles a character cut at a slice's edge
// ("Ménaka") and cannot tell that a file is not UTF-8. TextDecoder in stream mode does both.
// Pieces stay small so that a piece, and every field string cut from it, is an ordinary young
// object that dies young: megabyte strings go to V8's large-object space, which only a full
// collection frees, and a million-row file left hundreds of them waiting (bench: import-memory).

export const ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** How many bytes (or, for a string, characters) have been read so far. */
export interface TextChunk {
	text: string;
	read: number;
}

const PIECE = 1 << 16;
const HEAD = 1 << 16;
/** Importers report progress once per this many bytes read (and at the end), not once per piece. */
export const PROGRESS_STEP = 1 << 20;

/** The bytes are not UTF-8 (thrown by textChunks, so the importer can read the file again as Latin-1). */
export class NotUtf8Error extends Error {}

/** Whether the file's first bytes are UTF-8 (a character cut at the end does not count against it). */
export async function sniffEncoding(source: Blob): Promise<Encoding> {
	const head = new Uint8Array(await source.slice(0, HEAD).arrayBuffer());
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
		return 'utf-8';
	} catch {
		return 'windows-1252';
	}
}

/** The first 64 KB's text, to sample (a character cut at the end is left out). */
export async function headText(source: Blob | string, encoding: Encoding): Promise<string> {
	if (typeof source === 'string') return source.slice(0, HEAD).replace(/^\uFEFF/, '');
	return new TextDecoder(encoding).decode(await source.slice(0, HEAD).arrayBuffer(), { stream: true });
}

/** The text of `source`; for UTF-8 a byte sequence that is not UTF-8 throws NotUtf8Error. A BOM is dropped. */
export async function* textChunks(source: Blob | string, encoding: Encoding): AsyncGenerator<TextChunk> {
	if (typeof source === 'string') {
		const text = source.replace(/^\uFEFF/, '');
		for (let i = 0; i < text.length; i += PIECE) yield { text: text.slice(i, i + PIECE), read: Math.min(text.length, i + PIECE) };
		return;
	}
	// windows-1252 rather than ISO 8859-1 proper: what browsers decode "Latin-1" as anyway.
	const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
	const reader = source.stream().getReader();
	let read = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			for (let at = 0; at < value.byteLength; at += PIECE) {
				const bytes = value.subarray(at, at + PIECE);
				read += bytes.byteLength;
				const text = decode(decoder, bytes);
				if (text !== '') yield { text, read };
			}
		}
		yield { text: decode(decoder), read };
	} finally {
		await reader.cancel().catch(() => {});
	}
}

function decode(decoder: TextDecoder, bytes?: Uint8Array): string {
	try {
		return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
	} catch {
		throw new NotUtf8Error();
	}
}
