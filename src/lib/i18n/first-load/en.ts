// The English of the areas every page shows from its first load: one chunk, loaded (loadLanguage in
// messages.ts) only for a reader of English. The other areas come with their components (on-demand/).
import { app } from '../en/app';
import { casualties } from '../en/casualties';
import { airResponse } from '../en/air-response';
import { mapKey } from '../en/map-key';
import { embed } from '../en/embed';
import { present } from '../en/present';
import { explorer } from '../en/explorer';
import { urlParams } from '../en/url-params';
import { events } from '../en/events';

export const firstLoad = { ...app, ...casualties, ...airResponse, ...mapKey, ...embed, ...present, ...explorer, ...urlParams, ...events } as const;
