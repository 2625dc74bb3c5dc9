// An event table file arriving in chunks, kept as the two blocks the table is made of: the numeric
// columns (8-byte aligned, so they become typed-array views of this block, transferred as one
// buffer) and the texts (decoded, then garbage). The head (preamble, header) has been read already.
// Holding the file as one buffer would mean copying the numbers out of it again, and, for a moment,
// holding the file and the table at once.

/** Byte offsets in the file where the numeric columns start and where the texts start. */
export interface BlockStarts {
	numbers: number;
	texts: number;
}

export interface FileBlocks {
	/** From the first numeric column to the first text. */
	numbers: Uint8Array;
	/** From the first text to the end of the file. */
	texts: Uint8Array;
}

export class FileParts {
	readonly size: number;
	readonly #head: Uint8Array;
	readonly #starts: BlockStarts;
	readonly #numbers: Uint8Array;
	readonly #texts: Uint8Array;

	/** `head`: the file's first bytes (at least up to its columns), already read; `size`: the whole file's. */
	constructor(head: Uint8Array, size: number, starts: BlockStarts) {
		if (!(head.length <= size && starts.numbers <= starts.texts && starts.texts <= size)) throw new RangeError('the blocks do not fit the file');
		this.size = size;
		this.#starts = starts;
		this.#numbers = new Uint8Array(starts.texts - starts.numbers);
		this.#texts = new Uint8Array(size - starts.texts);
		this.#head = head.slice(0, Math.min(head.length, starts.numbers));
		this.write(head, 0);
	}

	/** Copies the file's bytes `chunk`, which start at byte `at` of the file, into their blocks. */
	write(chunk: Uint8Array, at: number): void {
		if (at < 0 || at + chunk.length > this.size) throw new RangeError(`bytes ${at}–${at + chunk.length} are outside a file of ${this.size}`);
		this.#copy(chunk, at, this.#numbers, this.#starts.numbers);
		this.#copy(chunk, at, this.#texts, this.#starts.texts);
	}

	blocks(): FileBlocks {
		return { numbers: this.#numbers, texts: this.#texts };
	}

	/** The file's first `length` bytes as one array, for a file that ended early (its error names what is missing). */
	received(length: number): Uint8Array {
		const bytes = new Uint8Array(Math.min(length, this.size));
		bytes.set(this.#head.subarray(0, bytes.length));
		const put = (block: Uint8Array, start: number) => {
			if (bytes.length > start) bytes.set(block.subarray(0, bytes.length - start), start);
		};
		put(this.#numbers, this.#starts.numbers);
		put(this.#texts, this.#starts.texts);
		return bytes;
	}

	/** The part of `chunk` (file bytes from `at`) that falls in `block` (file bytes from `start`). */
	#copy(chunk: Uint8Array, at: number, block: Uint8Array, start: number): void {
		const from = Math.max(at, start);
		const to = Math.min(at + chunk.length, start + block.length);
		if (to > from) block.set(chunk.subarray(from - at, to - at), from - start);
	}
}
