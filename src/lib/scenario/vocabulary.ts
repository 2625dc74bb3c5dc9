// The scenario's closed lists and its id rule, without zod: the schemas are built from them, and
// the browser, which receives the scenario already validated at build time, reads them from here
// without downloading the schemas.

export const SIDES = ['security', 'attackers', 'civilians'] as const;
export const MEASURES = ['killed', 'wounded', 'missing'] as const;
/** Map layers a chapter or a reader can switch on; incidents and context events are always shown. */
export const LAYERS = ['tracks', 'sorties', 'range-rings', 'response-surface'] as const;

/** Ids are readable slugs because they appear in URLs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_PROBLEM = 'must be a lowercase slug such as "ayorou-2017-10-21"';
/** Longer ids are refused by the scenario's schema and by every message and URL that names one. */
export const ID_MAX_LENGTH = 100;
