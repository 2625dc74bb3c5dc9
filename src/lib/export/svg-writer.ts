// A frame as a standalone SVG document: every style an attribute, text as text in the system's
// fonts, no link to anything outside the file, so Inkscape or Illustrator opens and edits it as is.
import { FONT_STACK, unzoomedStrokes, type Frame, type Mark, type Paint } from './frame';
import { cellRuns } from './event-marks';
import { wordColour } from '../scene/raster-paint';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const num = (n: number) => String(Math.round(n * 100) / 100);

function paintAttributes(p: Paint): string {
	const out: string[] = [];
	out.push(`fill="${p.fill ?? 'none'}"`);
	if (p.fillOpacity !== undefined) out.push(`fill-opacity="${p.fillOpacity}"`);
	if (p.stroke) {
		// Not rounded: under a layer's camera a stroke is a fraction of a unit.
		out.push(`stroke="${p.stroke}"`, `stroke-width="${p.strokeWidth === undefined ? 1 : Number(p.strokeWidth.toPrecision(4))}"`);
		if (p.strokeOpacity !== undefined) out.push(`stroke-opacity="${p.strokeOpacity}"`);
		if (p.dash) out.push(`stroke-dasharray="${p.dash.join(' ')}"`);
		if (p.lineCap) out.push(`stroke-linecap="${p.lineCap}"`);
		if (p.lineJoin) out.push(`stroke-linejoin="${p.lineJoin}"`);
	}
	if (p.opacity !== undefined) out.push(`opacity="${p.opacity}"`);
	return out.join(' ');
}

const ANCHOR = { start: 'start', middle: 'middle', end: 'end' } as const;

function writeMark(mark: Mark, clips: string[]): string {
	switch (mark.kind) {
		case 'path':
			return mark.d ? `<path d="${mark.d}" ${paintAttributes(mark)}/>` : '';
		case 'circle':
			return `<circle cx="${num(mark.cx)}" cy="${num(mark.cy)}" r="${num(mark.r)}" ${paintAttributes(mark)}/>`;
		case 'rect':
			return `<rect x="${num(mark.x)}" y="${num(mark.y)}" width="${num(mark.width)}" height="${num(mark.height)}"${mark.rx ? ` rx="${mark.rx}"` : ''} ${paintAttributes(mark)}/>`;
		case 'text': {
			const { font } = mark;
			const attributes = [
				`x="${num(mark.x)}"`,
				`y="${num(mark.y)}"`,
				`font-size="${num(font.size)}"`,
				`font-weight="${font.weight}"`,
				font.tracking ? `letter-spacing="${num(font.tracking * font.size)}"` : '',
				font.italic ? 'font-style="italic"' : '',
				`text-anchor="${ANCHOR[mark.anchor]}"`,
				`fill="${mark.fill}"`,
				mark.halo ? `stroke="${mark.halo.colour}" stroke-width="${mark.halo.width}" stroke-linejoin="round" paint-order="stroke"` : ''
			].filter(Boolean);
			const lines = mark.lines.map((line, i) => `<tspan x="${num(mark.x)}" dy="${i === 0 ? 0 : num(mark.lineHeight)}">${escapeXml(line)}</tspan>`).join('');
			return `<text ${attributes.join(' ')}>${lines}</text>`;
		}
		case 'cells':
			// Crisp edges: squares side by side, as the screen's canvas draws them without smoothing.
			return [...cellRuns(mark)]
				.map(([word, d]) => {
					const { hex, opacity } = wordColour(word);
					return `<path d="${d}" fill="${hex}"${opacity < 1 ? ` fill-opacity="${opacity}"` : ''} shape-rendering="crispEdges"/>`;
				})
				.join('');
		case 'layer': {
			const { camera } = mark;
			if (!camera) return mark.marks.map((m) => writeMark(m, clips)).join('');
			const marks = mark.marks.map((m) => writeMark(unzoomedStrokes(m, camera.k), clips)).join('');
			return `<g transform="translate(${camera.x},${camera.y}) scale(${camera.k})">${marks}</g>`;
		}
		case 'group': {
			let clip = '';
			if (mark.clip) {
				const id = `clip${clips.length}`;
				clips.push(`<clipPath id="${id}"><rect width="${num(mark.clip.width)}" height="${num(mark.clip.height)}"/></clipPath>`);
				clip = ` clip-path="url(#${id})"`;
			}
			const transform = `translate(${num(mark.x)},${num(mark.y)})${mark.rotate ? ` rotate(${num(mark.rotate)})` : ''}${mark.scale ? ` scale(${num(mark.scale)})` : ''}`;
			return `<g transform="${transform}"${clip}>${mark.marks.map((m) => writeMark(m, clips)).join('')}</g>`;
		}
	}
}

/** The frame at its output size (width and height times its scale), drawn in layout units by its viewBox. */
export function frameToSvg(frame: Frame): string {
	const clips: string[] = [];
	const body = frame.marks.map((mark) => writeMark(mark, clips)).join('\n');
	const background = frame.background ? `<rect width="${frame.width}" height="${frame.height}" fill="${frame.background}"/>\n` : '';
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" width="${num(frame.width * frame.scale)}" height="${num(frame.height * frame.scale)}" viewBox="0 0 ${num(frame.width)} ${num(frame.height)}" font-family="${escapeXml(FONT_STACK)}">`,
		`<title>${escapeXml(frame.title)}</title>`,
		`<desc>${escapeXml(frame.description)}</desc>`,
		clips.length ? `<defs>${clips.join('')}</defs>` : '',
		background + body,
		'</svg>',
		''
	].join('\n');
}
