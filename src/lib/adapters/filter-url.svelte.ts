// The events' filter in the explorer's URL: read once when the page opens (each bad parameter
// dropped with a notice), then written back whenever the reader changes it.
import { isFilterEmpty, NO_FILTER } from '../dataset/event-filter';
import type { EventLayer } from '../state/event-layer.svelte';
import type { Locale } from '../state/locale.svelte';
import { parseFilterParams, withFilterParams, type FilterParamName } from '../url/filter-params';
import { replaceAfterHydration } from './history';

const REASONS = { type: 'paramBadNames', country: 'paramBadNames', actor: 'paramBadActor', deaths: 'paramBadDeaths' } as const satisfies Record<FilterParamName, string>;

/** Sets the filter the URL asks for; returns the notices for the parameters refused. */
export function restoreFilter(events: EventLayer, locale: Locale, search: URLSearchParams): string[] {
	const { filter, notices } = parseFilterParams(search);
	events.setFilter(isFilterEmpty(filter) ? null : filter);
	return notices.map(({ name }) => locale.t('invalidParam', { name, reason: locale.t(REASONS[name]) }));
}

export function followFilterInUrl(events: EventLayer): void {
	let cancel = () => {};
	$effect(() => {
		const filter = events.filter ?? NO_FILTER;
		cancel();
		cancel = replaceAfterHydration((current) => {
			const url = new URL(current);
			url.search = withFilterParams(url.searchParams, filter).toString();
			return url;
		});
	});
	$effect(() => () => cancel());
}
