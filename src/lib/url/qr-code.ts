// A link as a QR code, drawn as one SVG path: how a printed page leads back to the live view.
import qrcode from 'qrcode-generator';

/** The light margin around the symbol, in modules: the 4 that ISO/IEC 18004 asks for, so a phone finds the code on any paper. */
export const QUIET_ZONE = 4;

export interface QrSymbol {
	/** Modules across the symbol alone (21 for version 1, 4 more per version). */
	modules: number;
	/** Modules across with the quiet zone on each side: the SVG's viewBox. */
	size: number;
	/** The dark modules, one unit square each, offset by the quiet zone; runs along a row are one rectangle. */
	path: string;
}

/** Printable ASCII only: what URL.href gives (an IDN host as punycode, the rest percent-encoded). */
const ASCII = /^[\x20-\x7e]+$/;

/** The QR code of `text`, at error correction level M (15 % of the symbol may be lost). */
export function qrSymbol(text: string): QrSymbol {
	if (!ASCII.test(text)) throw new Error(`invalid QR text: ${JSON.stringify(text.slice(0, 60))} (printable ASCII only, such as a URL's href)`);
	const qr = qrcode(0, 'M');
	qr.addData(text, 'Byte');
	qr.make();
	const modules = qr.getModuleCount();
	const runs: string[] = [];
	for (let row = 0; row < modules; row++) {
		for (let col = 0; col < modules; ) {
			if (!qr.isDark(row, col)) {
				col++;
				continue;
			}
			const from = col;
			while (col < modules && qr.isDark(row, col)) col++;
			runs.push(`M${from + QUIET_ZONE} ${row + QUIET_ZONE}h${col - from}v1h-${col - from}z`);
		}
	}
	return { modules, size: modules + 2 * QUIET_ZONE, path: runs.join('') };
}
