// The exported frame's legend: the map key's entries (map/map-key.ts) for what the frame draws,
// each a swatch drawn with the map's own symbols and the key's words.
import { mapKeyEntries, type Drawn, type KeyEntry } from '../map/map-key';
import { INCIDENT_HALO } from '../map/symbols';
import { SURFACE_MINUTES, surfaceSwatchStack } from '../map/surface-style';
import { formatCount, formatList } from '../i18n/format';
import { message, type Lang } from '../i18n/messages';
import { PALETTE as C } from './palette';
import { group, type Mark } from './frame';
import { symbolMarks } from './symbol-marks';

export interface LegendItem {
	label: string;
	/** The swatch, drawn in (0, 0)–(width, height). */
	swatch: Mark[];
	width: number;
	height: number;
	/** Its sizes are the map's (the attacks' discs): drawn at that size on the map, in the corner across from the scale bar, never made smaller. */
	trueSize?: boolean;
}

/** A swatch of width × height with these marks about its centre. */
const centred = (width: number, height: number, marks: Mark[]): Pick<LegendItem, 'swatch' | 'width' | 'height'> => ({
	swatch: [group(width / 2, height / 2, marks)],
	width,
	height
});

function swatchOf(entry: KeyEntry, lang: Lang): Omit<LegendItem, 'label'> | null {
	switch (entry.kind) {
		case 'incident-sizes': {
			// Nested as in the key, bottoms aligned, each disc at the radius the map gives it, its toll beside it.
			const largest = entry.sizes[0]?.r ?? 0;
			const marks = entry.sizes.flatMap(({ killed, r }): Mark[] => [
				group(largest + 1, 2 * largest + 1 - r, symbolMarks({ kind: 'incident', r, past: true })),
				{ kind: 'text', x: 2 * largest + 6, y: 2 * largest + 4 - 2 * r, lines: [formatCount(killed, lang)], lineHeight: 0, font: { size: 11, weight: 400 }, fill: C.ink, anchor: 'start' }
			]);
			return { swatch: marks, width: 2 * largest + 30, height: 2 * largest + 2, trueSize: true };
		}
		case 'incident-under-way':
			return centred(2 * (7 + INCIDENT_HALO) + 2, 2 * (7 + INCIDENT_HALO) + 2, symbolMarks({ kind: 'incident', r: 7, underWay: true }));
		case 'route':
			return centred(32, 14, [...symbolMarks({ kind: 'route', role: entry.role, known: entry.known, d: 'M-14,0H10' }), group(10, 0, symbolMarks({ kind: 'mover', role: entry.role }))]);
		case 'rings':
			return centred(28, 28, symbolMarks({ kind: 'ring', d: 'M-12,0A12,12 0 1,0 12,0A12,12 0 1,0 -12,0' }));
		case 'river':
			return centred(32, 14, symbolMarks({ kind: 'river', level: 1, d: 'M-14,3C-6,-5 4,7 14,-3' }));
		case 'flight':
			return centred(32, 14, symbolMarks({ kind: 'flight', d: 'M-14,0H14' }));
		case 'crossing':
		case 'offscreen':
		case 'base':
		case 'town':
		case 'capital':
			return centred(18, 18, symbolMarks({ kind: entry.kind }));
		case 'aircraft':
			return centred(32, 32, symbolMarks({ kind: 'aircraft' }));
		case 'dispute':
			return centred(38, 38, symbolMarks({ kind: 'dispute' }));
		case 'surface': {
			// As on the map: each band's tint over every wider band's, on the land, and its minutes.
			const step = 52;
			const marks = SURFACE_MINUTES.flatMap((minutes, i): Mark[] => [
				{ kind: 'rect', x: i * step, y: 0, width: 14, height: 14, fill: C['land-focus'] },
				...surfaceSwatchStack(i).map((colour) => group(i * step, 0, symbolMarks({ kind: 'surface', d: 'M0.5,0.5H13.5V13.5H0.5Z', colour }))),
				{ kind: 'text', x: i * step + 18, y: 11, lines: [`≤\u00a0${formatCount(minutes, lang)}`], lineHeight: 0, font: { size: 11, weight: 400 }, fill: C.ink, anchor: 'start' }
			]);
			return { swatch: marks, width: SURFACE_MINUTES.length * step, height: 14 };
		}
		// The base map's credit goes with the credits.
		case 'credit':
			return null;
	}
}

function labelOf(entry: KeyEntry, lang: Lang): string {
	switch (entry.kind) {
		case 'incident-sizes':
			return message(lang, 'key_incidents');
		case 'incident-under-way':
			return message(lang, 'key_underWay');
		case 'route':
			return message(lang, 'key_routeKnown', { route: message(lang, `key_route_${entry.role}`), known: message(lang, `known_${entry.known}`) });
		case 'rings':
			return message(lang, 'key_rings', { minutes: formatList(entry.minutes.map((m) => formatCount(m, lang)), lang) });
		case 'surface':
			return message(lang, 'surfaceLegend');
		default:
			return message(lang, `key_${entry.kind}`);
	}
}

export function legendItems(drawn: Drawn, lang: Lang): LegendItem[] {
	return mapKeyEntries(drawn).flatMap((entry) => {
		const swatch = swatchOf(entry, lang);
		return swatch ? [{ label: labelOf(entry, lang), ...swatch }] : [];
	});
}
