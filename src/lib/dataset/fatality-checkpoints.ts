// Running sums of an event table's reported deaths, kept at a checkpoint every BLOCK rows: a sum
// over rows [0, r) is one checkpoint plus at most BLOCK − 1 rows, in a few kilobytes where a full
// prefix sum would take 12 bytes a row (12 MB for a million events). A row with no figure (NaN)
// adds nothing to the sum and is not counted as reported: "none reported" is not 0.

const BLOCK = 1024;

export interface FatalitySums {
	/** The sum of the reported figures; meaningless when `reported` is 0. */
	killed: number;
	/** How many rows give a figure (0 included). */
	reported: number;
}

export class FatalityCheckpoints {
	readonly #fatalities: Float32Array;
	/** Checkpoint b: the sums over rows [0, b × BLOCK). Float64 sums whole numbers exactly far beyond any real toll (2^53). */
	readonly #killed: Float64Array;
	readonly #reported: Uint32Array;

	constructor(fatalities: Float32Array) {
		this.#fatalities = fatalities;
		const blocks = Math.floor(fatalities.length / BLOCK);
		this.#killed = new Float64Array(blocks + 1);
		this.#reported = new Uint32Array(blocks + 1);
		for (let b = 1; b <= blocks; b++) {
			const block = this.#scan((b - 1) * BLOCK, b * BLOCK);
			this.#killed[b] = this.#killed[b - 1]! + block.killed;
			this.#reported[b] = this.#reported[b - 1]! + block.reported;
		}
	}

	/** The sums over rows [0, row); `row` is clamped to the table. */
	upTo(row: number): FatalitySums {
		const end = Math.min(Math.max(Math.floor(row), 0), this.#fatalities.length);
		const b = Math.floor(end / BLOCK);
		const rest = this.#scan(b * BLOCK, end);
		return { killed: this.#killed[b]! + rest.killed, reported: this.#reported[b]! + rest.reported };
	}

	#scan(from: number, to: number): FatalitySums {
		let killed = 0;
		let reported = 0;
		for (let r = from; r < to; r++) {
			const f = this.#fatalities[r]!;
			if (Number.isNaN(f)) continue;
			killed += f;
			reported++;
		}
		return { killed, reported };
	}
}
