// Bad options fail loudly and name themselves, Observable Plot style:
// `invalid cruiseKmh: 0` says what to fix; a NaN on the map says nothing.

export function requireFinite(name: string, value: number): number {
	if (!Number.isFinite(value)) throw new Error(`invalid ${name}: ${value}`);
	return value;
}

export function requireNonNegative(name: string, value: number): number {
	if (!(Number.isFinite(value) && value >= 0)) throw new Error(`invalid ${name}: ${value}`);
	return value;
}

export function requirePositive(name: string, value: number): number {
	if (!(Number.isFinite(value) && value > 0)) throw new Error(`invalid ${name}: ${value}`);
	return value;
}
