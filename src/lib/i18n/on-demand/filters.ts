// The messages of the events' filters: out of the first load of the pages that do not show them.
import { filters as en } from '../en/filters';
import { filters as fr } from '../fr/filters';
import { addMessages } from '../messages';

addMessages(en, fr);
