// A table's typed columns while it is built: grown to more rows, and put in the rows' sorted order
// (a copy, or in place when a column has no spare room).

export type Column = Float64Array | Float32Array | Uint32Array | Uint16Array | Uint8Array;

/** Room for more rows than `rows`: half as many again, at least 1024. */
export const moreRoom = (rows: number) => Math.max(1024, Math.ceil(1.5 * rows));

/** A copy of `column` with room for `capacity` rows. */
export function grown<T extends Column>(column: T, capacity: number): T {
	const copy = new (column.constructor as new (length: number) => T)(capacity);
	copy.set(column);
	return copy;
}

/** `column` put in the rows' sorted order where it is, cycle by cycle (`visited`: a byte per row, any content). */
export function permute(column: Column, order: Uint32Array, visited: Uint8Array): void {
	visited.fill(0);
	for (let k = 0; k < order.length; k++) {
		if (visited[k]) continue;
		const first = column[k]!;
		for (let j = k; ; j = order[j]!) {
			visited[j] = 1;
			if (order[j] === k) {
				column[j] = first;
				break;
			}
			column[j] = column[order[j]!]!;
		}
	}
}

/** A copy of `column` in the rows' sorted order. */
export function gathered<T extends Column>(column: T, order: Uint32Array): T {
	const out = new (column.constructor as new (length: number) => T)(order.length);
	for (let k = 0; k < order.length; k++) out[k] = column[order[k]!]!;
	return out;
}
