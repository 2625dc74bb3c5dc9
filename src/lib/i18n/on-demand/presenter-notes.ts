// The speaker's notes window: its heading, its clock and what it says while it waits for the presentation: out of the first load, added by the components that show them.
import { presenterNotes as en } from '../en/presenter-notes';
import { presenterNotes as fr } from '../fr/presenter-notes';
import { addMessages } from '../messages';

addMessages(en, fr);
