import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { message, type MessageKey } from './messages';
import { importing } from './en/import';
import { datasets } from './en/datasets';
import { exporting } from './en/export';
import { filters } from './en/filters';
import { share } from './en/share';
import { handout } from './en/handout';
import { loadProblems } from './en/load-problems';
import { eventDetails } from './en/event-details';
import { presenterBar } from './en/presenter-bar';
import { presenterNotes } from './en/presenter-notes';
import { incidentPanel } from './en/incident-panel';
import { simulationPanel } from './en/simulation-panel';
import './on-demand/import';
import './on-demand/datasets';
import './on-demand/export';
import './on-demand/filters';
import './on-demand/share';
import './on-demand/handout';
import './on-demand/load-problems';
import './on-demand/event-details';
import './on-demand/presenter-bar';
import './on-demand/presenter-notes';
import './on-demand/incident-panel';
import './on-demand/simulation-panel';

const ON_DEMAND = { import: importing, datasets, export: exporting, filters, share, handout, 'load-problems': loadProblems, 'event-details': eventDetails, 'simulation-panel': simulationPanel };

const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
const sources = [...walk('src'), ...walk('scripts')].filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.test.ts') && !/i18n\/(en|fr|on-demand)\//.test(f));

/** Whether a source names the key: as a string, or as the start of a template (`importPreset_${…}`). */
function names(text: string, key: string): boolean {
	if (text.includes(`'${key}'`) || text.includes(`"${key}"`)) return true;
	const cut = key.indexOf('_');
	return cut > 0 && text.includes('`' + key.slice(0, cut + 1) + '${');
}

describe('messages loaded on demand', () => {
	it('gives every message of every area, in both languages, once each area is loaded', () => {
		for (const key of Object.keys(en) as MessageKey[]) {
			expect(message('en', key)).toBe(en[key]);
			expect(message('fr', key)).toBe(fr[key]);
		}
	});

	// A module that shows an area's message must load the area itself: the page it is on may not have.
	it.each(Object.entries(ON_DEMAND))('is loaded by every module that names a message of %s', (area, messages) => {
		const missing = sources.filter((file) => {
			const text = readFileSync(file, 'utf8');
			return Object.keys(messages).some((key) => names(text, key)) && !text.includes(`i18n/on-demand/${area}'`);
		});
		expect(missing).toEqual([]);
	});
});
