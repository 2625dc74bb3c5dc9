import { describe, expect, it } from 'vitest';
import { datasetNoticeText } from './dataset-notice';

// What a browser's IndexedDB says when it refuses: English whatever the page's language.
const BROWSER = 'UnknownError: Internal error opening backing store for indexedDB.open.';

describe('datasetNoticeText', () => {
	it('says in our own words, in the reader’s language, which dataset could not be kept, and keeps the browser’s words apart', () => {
		const notice = { code: 'saveFailed', name: 'acled.csv', detail: BROWSER } as const;
		expect(datasetNoticeText(notice, 'en')).toEqual({
			text: 'Could not keep acled.csv: this browser’s storage refused to save it. It is shown for this visit only; the datasets already kept are unchanged.',
			detail: BROWSER,
			problem: true
		});
		expect(datasetNoticeText(notice, 'fr')).toEqual({
			text: 'Impossible de garder acled.csv\u00a0: le stockage de ce navigateur a refusé de l’enregistrer. Il est affiché pour cette visite seulement\u00a0; les jeux déjà gardés sont inchangés.',
			detail: BROWSER,
			problem: true
		});
	});

	it('names the change that failed: a rename or a deletion', () => {
		const rename = { code: 'renameFailed', name: 'ucdp.csv', detail: BROWSER } as const;
		const remove = { code: 'deleteFailed', name: 'ucdp.csv', detail: BROWSER } as const;
		expect(datasetNoticeText(rename, 'en').text).toBe('Could not rename ucdp.csv: this browser’s storage refused the change. It keeps its name.');
		expect(datasetNoticeText(rename, 'fr').text).toBe('Impossible de renommer ucdp.csv\u00a0: le stockage de ce navigateur a refusé la modification. Il garde son nom.');
		expect(datasetNoticeText(remove, 'en').text).toBe('Could not delete ucdp.csv: this browser’s storage refused the change. It is still kept.');
		expect(datasetNoticeText(remove, 'fr').text).toBe('Impossible de supprimer ucdp.csv\u00a0: le stockage de ce navigateur a refusé la modification. Il reste gardé.');
		for (const lang of ['en', 'fr'] as const) expect(datasetNoticeText(remove, lang).text).not.toContain('backing store');
	});

	it('has no detail when the browser said nothing, and says what was done as news, not a problem', () => {
		expect(datasetNoticeText({ code: 'saveFailed', name: 'a.csv', detail: '' }, 'en').detail).toBeNull();
		expect(datasetNoticeText({ code: 'deleted', name: 'a.csv' }, 'fr')).toEqual({ text: 'a.csv supprimé.', detail: null, problem: false });
		expect(datasetNoticeText({ code: 'quota', name: 'big.csv', bytes: 1_500_000 }, 'en').text).toContain('keep big.csv (1.5 MB)');
	});
});
