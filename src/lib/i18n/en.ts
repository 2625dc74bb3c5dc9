// English: the source of every message key and, through message-types.ts, of each message's {placeholders},
// kept in one file per area of the app under en/.
import { app } from './en/app';
import { casualties } from './en/casualties';
import { incidentPanel } from './en/incident-panel';
import { airResponse } from './en/air-response';
import { simulationPanel } from './en/simulation-panel';
import { mapKey } from './en/map-key';
import { embed } from './en/embed';
import { share } from './en/share';
import { present } from './en/present';
import { presenterBar } from './en/presenter-bar';
import { presenterNotes } from './en/presenter-notes';
import { explorer } from './en/explorer';
import { handout } from './en/handout';
import { urlParams } from './en/url-params';
import { events } from './en/events';
import { eventDetails } from './en/event-details';
import { importing } from './en/import';
import { exporting } from './en/export';
import { datasets } from './en/datasets';
import { filters } from './en/filters';
import { loadProblems } from './en/load-problems';

export const en = {
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
} as const;
