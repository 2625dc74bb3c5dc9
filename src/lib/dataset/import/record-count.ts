// How many records a CSV file holds, counted on its bytes before it is parsed, so the table is given
// exactly its room at once: no growth by copying, and no copy at the end to cut it to size (the
// import's peak memory, bench: import-memory). A record ends at a line feed outside double quotes;
// empty lines are none. Both bytes are the same in UTF-8 and windows-1252, and no byte of a UTF-8
// multi-byte character is below 0x80, so the bytes need no decoding. A count thrown off by an odd
// file (a stray quote) costs the builder a copy, never a row: it is room, not a limit.

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const QUOTE = 0x22;

/** Counts as bytes arrive. */
export class RecordCounter {
	private quoted = false;
	/** Whether the current line has anything in it yet (a carriage return does not count). */
	private filled = false;
	private lines = 0;

	add(bytes: Uint8Array): void {
		for (let i = 0; i < bytes.length; i++) {
			const unit = bytes[i]!;
			if (unit === QUOTE) this.quoted = !this.quoted;
			if (unit === LINE_FEED && !this.quoted) {
				if (this.filled) this.lines++;
				this.filled = false;
			} else if (unit !== CARRIAGE_RETURN) this.filled = true;
		}
	}

	/** Records so far, the last one counted even without a line feed after it. */
	get records(): number {
		return this.lines + (this.filled ? 1 : 0);
	}
}

/** The number of records in `source` (a string is counted on its UTF-8), header included; undefined once `signal` fires. */
export async function countRecords(source: Blob | string, signal?: AbortSignal): Promise<number | undefined> {
	const counter = new RecordCounter();
	const reader = (typeof source === 'string' ? new Blob([source]) : source).stream().getReader();
	try {
		for (;;) {
			if (signal?.aborted) return undefined;
			const { done, value } = await reader.read();
			if (done) return counter.records;
			counter.add(value);
		}
	} finally {
		await reader.cancel().catch(() => {});
	}
}
