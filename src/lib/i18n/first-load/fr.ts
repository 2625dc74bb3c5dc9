// The French of the areas every page shows from its first load: one chunk, loaded (loadLanguage in
// messages.ts) only for a reader of French, or when a reader switches to it.
import type { TranslationOf } from '../message-types';
import type { firstLoad as english } from './en';
import { app } from '../fr/app';
import { casualties } from '../fr/casualties';
import { airResponse } from '../fr/air-response';
import { mapKey } from '../fr/map-key';
import { embed } from '../fr/embed';
import { present } from '../fr/present';
import { explorer } from '../fr/explorer';
import { urlParams } from '../fr/url-params';
import { events } from '../fr/events';

export const firstLoad: TranslationOf<typeof english> = { ...app, ...casualties, ...airResponse, ...mapKey, ...embed, ...present, ...explorer, ...urlParams, ...events };
