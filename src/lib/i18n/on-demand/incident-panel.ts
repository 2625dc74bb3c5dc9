// An attack's panel: its toll reports, their sources and how each was counted: out of the first load, added by the components that show them.
import { incidentPanel as en } from '../en/incident-panel';
import { incidentPanel as fr } from '../fr/incident-panel';
import { addMessages } from '../messages';

addMessages(en, fr);
