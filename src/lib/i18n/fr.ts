// French: every English key, each keeping its English {placeholders} (checked by the Translation type),
// kept in one file per area of the app under fr/.
import type { Translation } from './message-types';
import { app } from './fr/app';
import { casualties } from './fr/casualties';
import { incidentPanel } from './fr/incident-panel';
import { airResponse } from './fr/air-response';
import { simulationPanel } from './fr/simulation-panel';
import { mapKey } from './fr/map-key';
import { embed } from './fr/embed';
import { share } from './fr/share';
import { present } from './fr/present';
import { presenterBar } from './fr/presenter-bar';
import { presenterNotes } from './fr/presenter-notes';
import { explorer } from './fr/explorer';
import { handout } from './fr/handout';
import { urlParams } from './fr/url-params';
import { events } from './fr/events';
import { eventDetails } from './fr/event-details';
import { importing } from './fr/import';
import { exporting } from './fr/export';
import { datasets } from './fr/datasets';
import { filters } from './fr/filters';
import { loadProblems } from './fr/load-problems';

export const fr: Translation = {
	...app,
	...casualties,
	...incidentPanel,
	...airResponse,
	...simulationPanel,
	...mapKey,
	...embed,
	...share,
	...present,
	...presenterBar,
	...presenterNotes,
	...explorer,
	...handout,
	...urlParams,
	...events,
	...eventDetails,
	...importing,
	...exporting,
	...datasets,
	...filters,
	...loadProblems
};
