// The Share / Embed dialog fits the screen (issue 10, review 11): at 1280×800, 1920×1080, 390×844
// and 360×640, in English and French, starting at this view or at the chapter with the longest
// title, nothing in the dialog leaves its box sideways, no text is cut, and the page does not
// scroll sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, screenshot, withPage, VIEWPORTS, seed } from './harness.mjs';

const SIZES = {
	desktop: VIEWPORTS.desktop,
	projector: VIEWPORTS.projector,
	phone: { ...VIEWPORTS.phone, isMobile: true, hasTouch: true },
	'small phone': { width: 360, height: 640, isMobile: true, hasTouch: true }
};
const LOCALES = { en: 'en-GB', fr: 'fr-FR' };
const words = {
	en: { open: 'Share / Embed', title: 'Share or embed this view', chapter: 'A chapter', picker: 'Chapter' },
	fr: { open: 'Partager / Intégrer', title: 'Partager ou intégrer cette vue', chapter: 'À un chapitre', picker: 'Chapitre' }
};
/** The chapter whose title is longest in each language: the widest option of the picker. */
const longest = (lang) => seed.chapters.reduce((a, b) => (b.title[lang].length > a.title[lang].length ? b : a)).id;

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

/** Run in the page: what in the open dialog leaves its box sideways or has its text cut. */
function cutOrOutside() {
	const dialog = document.querySelector('dialog[open]');
	const problems = [];
	const name = (element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${(element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 40)}"`;
	if (document.scrollingElement.scrollWidth > innerWidth + 1) problems.push(`the page scrolls sideways: ${document.scrollingElement.scrollWidth} px in ${innerWidth}`);
	if (dialog.scrollWidth > dialog.clientWidth + 1) problems.push(`the dialog scrolls sideways: ${dialog.scrollWidth} px in ${dialog.clientWidth}`);
	const box = dialog.getBoundingClientRect();
	if (box.left < -0.5 || box.right > innerWidth + 0.5) problems.push(`the dialog leaves the screen: ${Math.round(box.left)} to ${Math.round(box.right)}`);
	for (const element of dialog.querySelectorAll('*')) {
		if (element.closest('iframe, svg') && element.tagName !== 'IFRAME') continue;
		const rect = element.getBoundingClientRect();
		if (rect.width < 1 || rect.height < 1) continue;
		if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) problems.push(`${name(element)} leaves the dialog: ${Math.round(rect.left)} to ${Math.round(rect.right)} in ${Math.round(box.left)} to ${Math.round(box.right)}`);
		// Text boxes scroll by design (the link and the code), selects are measured below; anything else that is wider than its box hides text.
		if (['INPUT', 'TEXTAREA', 'SELECT', 'IFRAME', 'DIALOG'].includes(element.tagName)) continue;
		if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) problems.push(`${name(element)} is cut: ${element.scrollWidth} px of text in ${element.clientWidth}`);
	}
	// A select too narrow for its chosen option cuts it. A chapter's title may be longer than a phone
	// is wide: its picker takes the whole width (opened, the system's list shows the title whole).
	for (const select of dialog.querySelectorAll('select')) {
		const fieldset = select.closest('fieldset');
		if (select.closest('label.chapter')) {
			const room = fieldset.clientWidth - parseFloat(getComputedStyle(fieldset).paddingLeft) - parseFloat(getComputedStyle(fieldset).paddingRight);
			if (select.offsetWidth < room - 1) problems.push(`the chapter picker is ${select.offsetWidth} px wide with ${Math.round(room)} px of room`);
			continue;
		}
		const probe = document.createElement('span');
		const style = getComputedStyle(select);
		probe.textContent = select.selectedOptions[0]?.textContent ?? '';
		probe.style.font = style.font;
		probe.style.position = 'absolute';
		probe.style.whiteSpace = 'pre';
		dialog.append(probe);
		const text = probe.getBoundingClientRect().width;
		probe.remove();
		const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
		if (text > room + 1) problems.push(`${name(select)} cuts its option: ${Math.round(text)} px of text in ${Math.round(room)}`);
	}
	return [...new Set(problems)];
}

for (const lang of ['en', 'fr']) {
	for (const viewport of Object.values(SIZES)) {
		test(`the Share dialog fits at ${viewport.width}×${viewport.height} (${lang}), at this view and at a chapter: nothing outside, no text cut`, async () => {
			await withPage(browser, `/?lang=${lang}&focus=chinagodrar-2020-01-09`, { viewport, locale: LOCALES[lang], reducedMotion: 'reduce' }, async ({ page }) => {
				const w = words[lang];
				await page.getByRole('button', { name: w.open }).click();
				const dialog = page.getByRole('dialog', { name: w.title });
				await dialog.waitFor();
				assert.deepEqual(await page.evaluate(cutOrOutside), [], 'at this view');
				await screenshot(page, `share-fit-${viewport.width}-${lang}-view`);

				await dialog.getByRole('radio', { name: w.chapter }).check();
				await dialog.getByRole('combobox', { name: w.picker }).selectOption(longest(lang));
				assert.deepEqual(await page.evaluate(cutOrOutside), [], `at the chapter ${longest(lang)}`);
				await screenshot(page, `share-fit-${viewport.width}-${lang}-chapter`);
			});
		});
	}
}
