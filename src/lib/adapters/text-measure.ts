import { estimateText, type MeasureText, type TextMetrics } from '../map/label-style';

export interface TextMeasure {
	measure: MeasureText;
	/** The root font size, px (16 on the server). */
	rootPx: number;
}

/**
 * Measures map labels with a canvas in the page's own font, as the SVG text will be set (cached:
 * a label's text rarely changes between frames). On the server, the estimate.
 */
export function createTextMeasure(): TextMeasure {
	const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	if (!context) return { measure: estimateText, rootPx: 16 };
	const style = getComputedStyle(document.documentElement);
	const cache = new Map<string, TextMetrics>();
	const measure: MeasureText = (text, font, px) => {
		const key = `${font.weight}|${font.caps}|${font.tracking}|${px}|${text}`;
		let metrics = cache.get(key);
		if (!metrics) {
			context.font = `${font.weight} ${px}px ${style.fontFamily}`;
			const set = font.caps ? text.toLocaleUpperCase() : text;
			const measured = context.measureText(set);
			metrics = {
				width: measured.width + set.length * font.tracking * px,
				ascent: measured.fontBoundingBoxAscent,
				descent: measured.fontBoundingBoxDescent
			};
			cache.set(key, metrics);
		}
		return metrics;
	};
	return { measure, rootPx: parseFloat(style.fontSize) || 16 };
}
