// A value from outside (a URL, a host's message) quoted back to the reader or a console. It is
// shown as text, never markup, but a link could still make the notice say what it likes at any
// length (a 6 KB ?chapter= once squeezed /present's map to nothing), or reorder it with bidi controls.

/** C0 and C1 controls, and the bidi embeddings, overrides and isolates that reorder the text around them. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** At most `max` characters (code points) of `text`, controls removed, whitespace runs as one space, "…" where it was cut. */
export function quoteInput(text: string, max = 60): string {
	const clean = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
	const points = Array.from(clean.length > 4 * max ? clean.slice(0, 4 * max) : clean);
	return points.length > max ? `${points.slice(0, max - 1).join('')}…` : points.join('');
}
