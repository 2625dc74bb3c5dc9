// English messages for event filters.
export const filters = {
	filtersHeading: 'Filter the events',
	filtersMatch: '{shown} of {total} events match.',
	filterTypes: 'Event type',
	filterCountries: 'Country',
	filterActor: 'Actor’s name contains',
	filterDeaths: 'Deaths',
	filterDeathsMin: 'At least',
	filterDeathsMax: 'At most',
	filterDeathsNote: 'With a range of deaths, events with no reported figure are left out: “none reported” is not 0.',
	filterClear: 'Clear the filters',
} as const;
