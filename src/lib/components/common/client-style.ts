// Inline styles exist only in the browser, where Svelte sets them through the CSSOM: a style
// attribute in the prerendered HTML would be blocked by the Content-Security-Policy, which allows
// no inline styles (README, "Security headers"). Before hydration such marks sit unpositioned;
// their prerendered positions were for a guessed width anyway.
import { browser } from '$app/environment';

/** The value in the browser; nothing in the prerendered HTML. */
export const clientStyle = <T>(value: T): T | null => (browser ? value : null);

/** CSS pixels, in the browser only. */
export const px = (n: number): string | null => clientStyle(`${n}px`);
