// A stream's bytes read into arrays the reader chooses, in order. A byte stream (a fetch body, a
// Blob's stream) is read with a BYOB reader straight into them: no chunk is allocated and none is
// copied, and one read takes whatever has arrived, however much. Any other stream is read chunk by
// chunk and copied.

/** Bytes taken from the stream so far. */
export type BytesTaken = (taken: number) => void;

export class ByteSource {
	readonly #byob: ReadableStreamBYOBReader | undefined;
	readonly #chunks: ReadableStreamDefaultReader<Uint8Array> | undefined;
	readonly #onTaken: BytesTaken | undefined;
	/** The part of the last chunk not yet handed out (default reader only). */
	#rest: Uint8Array = new Uint8Array(0);
	#taken = 0;

	constructor(stream: ReadableStream<Uint8Array>, onTaken?: BytesTaken) {
		this.#onTaken = onTaken;
		try {
			this.#byob = stream.getReader({ mode: 'byob' });
		} catch {
			// Not a byte stream: it has only a default reader.
			this.#chunks = stream.getReader();
		}
	}

	/**
	 * `into` filled from the stream, as far as it goes: the bytes that came are the returned array's
	 * (its length is less than `into`'s only when the stream ended). A BYOB read moves `into`'s buffer
	 * into the returned array: use that one, never `into` again.
	 */
	fill(into: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
		return this.#byob ? this.#fillByob(this.#byob, into) : this.#fillCopying(this.#chunks!, into);
	}

	/** Whether the stream has ended: false when it still has a byte to give. */
	async ended(): Promise<boolean> {
		return (await this.fill(new Uint8Array(1))).length === 0;
	}

	/** Bytes taken from the stream so far. */
	get taken(): number {
		return this.#taken;
	}

	async cancel(): Promise<void> {
		await (this.#byob ?? this.#chunks)!.cancel().catch(() => undefined);
	}

	release(): void {
		(this.#byob ?? this.#chunks)!.releaseLock();
	}

	#took(n: number): void {
		if (n === 0) return;
		this.#taken += n;
		this.#onTaken?.(this.#taken);
	}

	async #fillByob(reader: ReadableStreamBYOBReader, into: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
		// Read before the first read detaches `into`, which leaves it empty.
		let { buffer } = into;
		const { byteOffset, length } = into;
		let filled = 0;
		while (filled < length) {
			const { done, value } = await reader.read(new Uint8Array(buffer, byteOffset + filled, length - filled));
			// A closed stream hands the (empty) view back: its buffer is ours again.
			if (value) buffer = value.buffer;
			if (done || !value) break;
			filled += value.length;
			this.#took(value.length);
		}
		return new Uint8Array(buffer, byteOffset, filled);
	}

	async #fillCopying(reader: ReadableStreamDefaultReader<Uint8Array>, into: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
		let filled = 0;
		while (filled < into.length) {
			if (this.#rest.length === 0) {
				const { done, value } = await reader.read();
				if (done) break;
				this.#rest = value;
				this.#took(value.length);
			}
			const n = Math.min(this.#rest.length, into.length - filled);
			into.set(this.#rest.subarray(0, n), filled);
			this.#rest = this.#rest.subarray(n);
			filled += n;
		}
		return into.subarray(0, filled);
	}
}
