import { prefersReducedMotion } from '../state/reduced-motion';

/**
 * Scrolls the page so the element is in view, unless it wholly is: a phone's reader who chose an
 * attack in the panel below the map sees the map frame it (review 9). A jump when the reader asked
 * for less motion, a smooth scroll otherwise.
 */
export function bringIntoView(element: HTMLElement): void {
	const box = element.getBoundingClientRect();
	if (box.top >= 0 && box.bottom <= window.innerHeight) return;
	element.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
}
