// The height an embed asks its host for (see embed/embed-layout.ts): its rows as laid out, with
// the map at the height its width asks for and every scrolling text unrolled.
import { preferredMapHeight } from '../embed/embed-layout';

export function wantedEmbedHeight(root: HTMLElement, map: HTMLElement): number {
	const remPx = parseFloat(getComputedStyle(root.ownerDocument.documentElement).fontSize) || 16;
	let height = preferredMapHeight(root.clientWidth, remPx);
	for (const row of root.children) if (row !== map) height += row.getBoundingClientRect().height;
	for (const scroller of root.querySelectorAll('[data-scroll]')) height += scroller.scrollHeight - scroller.clientHeight;
	return Math.ceil(height);
}
