// English messages for notices for URL parameters that were ignored.
export const urlParams = {
	invalidParam: 'Ignored the URL parameter “{name}”: {reason}',
	paramNotInstant: 'not an ISO 8601 date-time with its offset, such as 2020-01-09T13:00:00+01:00',
	paramUnknownIncident: 'no incident has this id',
	paramUnknownLang: 'the language must be en or fr',
	paramWindowOrder: '“from” must be before “to”',
	paramWindowIncomplete: '“from” and “to” go together',
	paramWindowShort: '“from” and “to” must be at least 20 minutes apart',
	paramOutOfRange: 'outside the scenario, so the nearest end was used',
	paramBadData: 'it must name an event table on this site (or on an origin the deployment allows), by a path or an http(s) URL',
	paramBadNames: 'names separated by |, none empty, at most 50 of at most 200 characters',
	paramBadActor: 'a text of 1 to 100 characters',
	paramBadDeaths: 'a range of whole numbers of deaths such as 5-100, 5- (5 or more) or -100 (at most 100), the smaller first',
} as const;
