import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatBand } from '../src/lib/casualties/format-band';
import { createRunningTotals } from '../src/lib/casualties/running-totals';
import { totalsRows } from '../src/lib/casualties/totals-rows';
import { totalsRowLabel } from '../src/lib/casualties/totals-text';
import { seed } from '../tests/unit/seed';
import { readPngText } from './png-text.mjs';
// @ts-expect-error the script is plain JavaScript run by node
import { SHARE_IMAGE_KEYWORD, SHARE_IMAGE_PATH, SHARE_VIEW } from './share-image.mjs';

describe('the share image (static/og-image.png)', () => {
	const carried = readPngText(readFileSync(SHARE_IMAGE_PATH), SHARE_IMAGE_KEYWORD);

	it('says what it shows', () => {
		expect(carried, 'no totals in the image: run npm run build && npm run share-image').not.toBeNull();
	});

	it('shows the totals the current data gives at its time (else: npm run build && npm run share-image)', () => {
		const shown = JSON.parse(carried ?? '{}') as { t: string; lang: 'en' | 'fr'; policy: 'range'; lines: string[] };
		expect({ t: shown.t, lang: shown.lang, policy: shown.policy }).toEqual(SHARE_VIEW);
		const rows = totalsRows(createRunningTotals(seed.incidents), Date.parse(shown.t), shown.policy);
		expect(shown.lines).toEqual(rows.map((row) => `${totalsRowLabel(row, shown.lang)}: ${formatBand(row.band, shown.lang)}`));
	});
});
