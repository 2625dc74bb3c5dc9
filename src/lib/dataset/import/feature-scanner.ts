// Finds the elements of a GeoJSON FeatureCollection's "features" array in text that arrives in
// pieces, and hands each one's JSON text on whole, so a file of a million features is never one
// string nor one parsed tree: each element is parsed alone (JSON.parse), then dropped. Checks the
// document's shape and limits as it scans (depth, size of one feature, count of features).
import { GEOJSON_LIMITS } from '../limits';

export const GEOJSON_SHAPE_PROBLEMS = ['notObject', 'notCollection', 'truncated', 'trailing', 'tooDeep', 'featureTooLarge', 'tooManyFeatures'] as const;
export type GeoJsonShapeProblem = (typeof GEOJSON_SHAPE_PROBLEMS)[number];

/** The document is not a FeatureCollection this importer reads; `detail` is a number or name for the message. */
export class GeoJsonShapeError extends Error {
	constructor(
		readonly problem: GeoJsonShapeProblem,
		readonly detail = ''
	) {
		super(`${problem} ${detail}`);
	}
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
/** Root keys longer than this are none the scanner looks for. */
const KEY_CHARS = 64;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

export class FeatureScanner {
	private depth = 0;
	private inString = false;
	private escaped = false;
	private started = false;
	private ended = false;
	/** In the root object: whether the next string is a key, the key being read, the key whose value comes. */
	private expectKey = false;
	private key: string | null = null;
	private currentKey = '';
	/** The root's "type" value, read as it goes. */
	private type: string | null = null;
	private readingType = false;
	private inFeatures = false;
	private sawFeatures = false;
	/** The element being read: its pieces from earlier chunks, where it starts in this one (-1: none), its length so far. */
	private pieces: string[] = [];
	private elementStart = -1;
	private elementChars = 0;
	private count = 0;

	/** `onElement` hears each element's text with its index in the array. */
	constructor(private readonly onElement: (json: string, index: number) => void) {}

	feed(text: string): void {
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (this.inString) {
				if (this.escaped) this.escaped = false;
				else if (c === BACKSLASH) this.escaped = true;
				else if (c === QUOTE) this.inString = false;
				if (this.key !== null) {
					if (this.inString) this.key = this.key.length < KEY_CHARS ? this.key + text[i] : this.key;
				}
				if (this.readingType && this.inString) this.type += text[i]!;
				if (!this.inString) this.readingType = false;
				continue;
			}
			if (isSpace(c)) continue;
			if (this.ended) throw new GeoJsonShapeError('trailing');
			if (!this.started) {
				if (c !== OPEN_OBJECT) throw new GeoJsonShapeError('notObject');
				this.started = true;
			}
			if (this.inFeatures && this.depth === 2 && this.elementStart < 0 && this.pieces.length === 0 && c !== COMMA && c !== CLOSE_ARRAY) {
				this.elementStart = i;
			}
			if (c === QUOTE) {
				this.inString = true;
				if (this.depth === 1 && this.expectKey) this.key = '';
				else if (this.depth === 1 && this.currentKey === 'type') {
					this.type = '';
					this.readingType = true;
				}
			} else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
				this.depth++;
				if (this.depth > GEOJSON_LIMITS.depth) throw new GeoJsonShapeError('tooDeep', String(GEOJSON_LIMITS.depth));
				if (this.depth === 1) this.expectKey = true;
				if (this.depth === 2 && c === OPEN_ARRAY && this.currentKey === 'features') this.inFeatures = this.sawFeatures = true;
			} else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
				if (this.depth === 2 && this.inFeatures) {
					this.endElement(text, i);
					this.inFeatures = false;
				}
				this.depth--;
				if (this.depth === 0) this.ended = true;
			} else if (c === COLON && this.depth === 1 && this.key !== null) {
				this.currentKey = this.key;
				this.key = null;
				this.expectKey = false;
			} else if (c === COMMA && this.depth === 1) {
				this.expectKey = true;
				this.currentKey = '';
			} else if (c === COMMA && this.depth === 2 && this.inFeatures) this.endElement(text, i);
		}
		this.carry(text);
	}

	/** The text ended: throws if the document was not a whole FeatureCollection. */
	end(): void {
		if (!this.started) throw new GeoJsonShapeError('notObject');
		if (!this.ended || this.inString) throw new GeoJsonShapeError('truncated');
		if (this.type !== 'FeatureCollection' || !this.sawFeatures) throw new GeoJsonShapeError('notCollection', this.type ?? '');
	}

	/** Keeps the part of an element this chunk ends inside of. */
	private carry(text: string): void {
		if (this.elementStart < 0) return;
		const piece = text.slice(this.elementStart);
		this.grow(piece.length);
		this.pieces.push(piece);
		this.elementStart = 0;
	}

	private grow(chars: number): void {
		this.elementChars += chars;
		if (this.elementChars > GEOJSON_LIMITS.featureChars) throw new GeoJsonShapeError('featureTooLarge', String(this.count));
	}

	private endElement(text: string, at: number): void {
		if (this.elementStart < 0 && this.pieces.length === 0) return; // "[]", or a comma after nothing
		const last = text.slice(Math.max(0, this.elementStart), at);
		this.grow(last.length);
		const json = this.pieces.length ? this.pieces.join('') + last : last;
		this.pieces = [];
		this.elementStart = -1;
		this.elementChars = 0;
		if (this.count >= GEOJSON_LIMITS.features) throw new GeoJsonShapeError('tooManyFeatures', String(GEOJSON_LIMITS.features));
		this.onElement(json, this.count++);
	}
}
