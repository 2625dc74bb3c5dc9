// The messages of the printed handout and the way to it: out of the first load of the pages that do not show them.
import { handout as en } from '../en/handout';
import { handout as fr } from '../fr/handout';
import { addMessages } from '../messages';

addMessages(en, fr);
