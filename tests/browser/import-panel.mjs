// What the import tests read on the explorer: the Import panel, its rejected rows, the events'
// summary and the Datasets panel's list.

export const panel = (page) => page.locator('section.import');

/** The events panel's text, or '' while it is not on the page. */
export const eventsSummary = (page) => page.locator('section.events').textContent().catch(() => '');

/** The names the Datasets panel lists. */
export const listed = (page) => page.locator('section.datasets li h3').allTextContents();

/** The rejected rows as the panel's table lists them: [row, column, reason]. */
export const problems = (page) =>
	panel(page).locator('tbody tr').evaluateAll((rows) => rows.map((tr) => [...tr.cells].map((td) => td.textContent.trim())));
