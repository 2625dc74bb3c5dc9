import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PALETTE } from './palette';

describe('PALETTE', () => {
	it('holds the stylesheet’s colours, so an export looks like the screen', () => {
		const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');
		for (const [name, colour] of Object.entries(PALETTE)) expect(css, name).toContain(`--${name}: ${colour};`);
	});
});
