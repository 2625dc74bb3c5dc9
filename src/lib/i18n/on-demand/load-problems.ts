// The reasons a load of events can fail: out of the first load, added by the code that loads events.
import { loadProblems as en } from '../en/load-problems';
import { loadProblems as fr } from '../fr/load-problems';
import { addMessages } from '../messages';

addMessages(en, fr);
