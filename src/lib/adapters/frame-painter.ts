// A frame (export/frame.ts) painted on a canvas: the same marks the SVG writer writes, drawn by the
// canvas's own 2D calls (no image decoded from the SVG: the CSP allows images from the app only).
import { FONT_STACK, unzoomedStrokes, type Frame, type Mark, type Paint } from '../export/frame';

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function paint(context: Context, shape: Path2D, p: Paint): void {
	const opacity = p.opacity ?? 1;
	if (p.fill) {
		context.globalAlpha = opacity * (p.fillOpacity ?? 1);
		context.fillStyle = p.fill;
		context.fill(shape);
	}
	if (p.stroke) {
		context.globalAlpha = opacity * (p.strokeOpacity ?? 1);
		context.strokeStyle = p.stroke;
		context.lineWidth = p.strokeWidth ?? 1;
		context.setLineDash(p.dash ? [...p.dash] : []);
		context.lineCap = p.lineCap ?? 'butt';
		context.lineJoin = p.lineJoin ?? 'miter';
		context.stroke(shape);
	}
	context.globalAlpha = 1;
}

/**
 * Parsed paths by their text: a video's frames draw the same countries and borders each time, and
 * parsing their tens of thousands of points is most of a frame's cost.
 */
const parsed = new Map<string, Path2D>();
const PARSED_MAX = 400;
function path2d(d: string): Path2D {
	let shape = parsed.get(d);
	if (!shape) {
		if (parsed.size >= PARSED_MAX) parsed.clear();
		parsed.set(d, (shape = new Path2D(d)));
	}
	return shape;
}

/** The canvas the cells are put on, kept while their grid keeps its size (a video's frames). */
let cells: OffscreenCanvas | null = null;
function cellCanvas(columns: number, rows: number): OffscreenCanvas {
	if (cells?.width !== columns || cells.height !== rows) cells = new OffscreenCanvas(columns, rows);
	return cells;
}

function paintMark(context: Context, mark: Mark): void {
	switch (mark.kind) {
		case 'path':
			if (mark.d) paint(context, mark.d.length > 2000 ? path2d(mark.d) : new Path2D(mark.d), mark);
			return;
		case 'circle': {
			const shape = new Path2D();
			shape.arc(mark.cx, mark.cy, mark.r, 0, 2 * Math.PI);
			return paint(context, shape, mark);
		}
		case 'rect': {
			const shape = new Path2D();
			if (mark.rx) shape.roundRect(mark.x, mark.y, mark.width, mark.height, mark.rx);
			else shape.rect(mark.x, mark.y, mark.width, mark.height);
			return paint(context, shape, mark);
		}
		case 'text': {
			const { font } = mark;
			context.font = `${font.italic ? 'italic ' : ''}${font.weight} ${font.size}px ${FONT_STACK}`;
			context.letterSpacing = `${(font.tracking ?? 0) * font.size}px`;
			context.textAlign = mark.anchor === 'middle' ? 'center' : mark.anchor === 'end' ? 'right' : 'left';
			context.textBaseline = 'alphabetic';
			context.setLineDash([]);
			mark.lines.forEach((line, i) => {
				const y = mark.y + i * mark.lineHeight;
				if (mark.halo) {
					context.strokeStyle = mark.halo.colour;
					context.lineWidth = mark.halo.width;
					context.lineJoin = 'round';
					context.strokeText(line, mark.x, y);
				}
				context.fillStyle = mark.fill;
				context.fillText(line, mark.x, y);
			});
			context.letterSpacing = '0px';
			return;
		}
		case 'cells': {
			// One pixel a cell, then drawn scaled up without smoothing: the screen's canvas does the same.
			const small = cellCanvas(mark.columns, mark.rows);
			small.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(mark.words.buffer, mark.words.byteOffset, mark.words.byteLength), mark.columns, mark.rows), 0, 0);
			context.imageSmoothingEnabled = false;
			context.drawImage(small, 0, 0, mark.columns * mark.cell, mark.rows * mark.cell);
			context.imageSmoothingEnabled = true;
			return;
		}
		case 'layer':
			if (keepLayers) return paintLayer(context, mark);
			return paintLayerMarks(context, mark);
		case 'group': {
			context.save();
			context.translate(mark.x, mark.y);
			if (mark.rotate) context.rotate((mark.rotate * Math.PI) / 180);
			if (mark.scale) context.scale(mark.scale, mark.scale);
			if (mark.clip) {
				context.beginPath();
				context.rect(0, 0, mark.clip.width, mark.clip.height);
				context.clip();
			}
			for (const child of mark.marks) paintMark(context, child);
			context.restore();
			return;
		}
	}
}

type Layer = Extract<Mark, { kind: 'layer' }>;

/** A layer's marks, under its camera when it has one (strokes as wide as on screen). */
function paintLayerMarks(context: Context, mark: Layer): void {
	const { camera } = mark;
	if (!camera) {
		for (const child of mark.marks) paintMark(context, child);
		return;
	}
	context.save();
	context.transform(camera.k, 0, 0, camera.k, camera.x, camera.y);
	for (const child of mark.marks) paintMark(context, unzoomedStrokes(child, camera.k));
	context.restore();
}

/**
 * The last layer painted, as a bitmap in output pixels: a video's frames draw the base map from it
 * while the camera is still (one copy instead of tens of thousands of points filled and stroked).
 */
let layer: { key: string; canvas: OffscreenCanvas } | null = null;
/** The key of the last layer painted straight onto a frame: a layer painted twice in a row is still, and worth a bitmap. */
let lastPainted: string | null = null;
/** Whether layers are kept as bitmaps: for frame after frame (a video); a single image paints its marks directly, with no bitmap to fill and copy. */
let keepLayers = false;

function paintLayer(context: Context, mark: Layer): void {
	const t = context.getTransform();
	// Drawn at whole output pixels, the fraction of the offset painted into the bitmap: the same pixels as painting the marks here.
	const [x, y] = [Math.round(t.e), Math.round(t.f)];
	const key = [mark.key, mark.camera ? [mark.camera.k, mark.camera.x, mark.camera.y] : '', t.a, t.d, t.e - x, t.f - y].join('|');
	if (layer?.key !== key && lastPainted !== key) {
		// A camera in flight: a new view at every frame, painted straight onto it (a bitmap would be filled and copied once).
		lastPainted = key;
		return paintLayerMarks(context, mark);
	}
	if (layer?.key !== key) {
		const canvas = new OffscreenCanvas(Math.max(1, Math.ceil(mark.width * t.a) + 1), Math.max(1, Math.ceil(mark.height * t.d) + 1));
		const own = canvas.getContext('2d');
		if (!own) throw new Error('this browser cannot draw on a canvas');
		own.setTransform(t.a, 0, 0, t.d, t.e - x, t.f - y);
		paintLayerMarks(own, mark);
		layer = { key, canvas };
	}
	context.save();
	context.setTransform(1, 0, 0, 1, 0, 0);
	context.drawImage(layer.canvas, x, y);
	context.restore();
}

/** Keeps each layer as a bitmap from now on (a video's frames), or no longer, letting the last one go. */
export function keepLayerBitmaps(keep: boolean): void {
	keepLayers = keep;
	layer = null;
	lastPainted = null;
}

/** Paints the frame at its output size on a canvas that size (cleared first). */
export function paintFrame(context: Context, frame: Frame): void {
	context.save();
	context.setTransform(frame.scale, 0, 0, frame.scale, 0, 0);
	context.clearRect(0, 0, frame.width, frame.height);
	if (frame.background) {
		context.fillStyle = frame.background;
		context.fillRect(0, 0, frame.width, frame.height);
	}
	for (const mark of frame.marks) paintMark(context, mark);
	context.restore();
}

/** The frame as a PNG. */
export async function frameToPng(frame: Frame): Promise<Blob> {
	const canvas = new OffscreenCanvas(Math.round(frame.width * frame.scale), Math.round(frame.height * frame.scale));
	const context = canvas.getContext('2d');
	if (!context) throw new Error('this browser cannot draw on a canvas');
	paintFrame(context, frame);
	return canvas.convertToBlob({ type: 'image/png' });
}
