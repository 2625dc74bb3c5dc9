// The messages of the list of datasets kept in the browser: out of the first load of the pages that do not show them.
import { datasets as en } from '../en/datasets';
import { datasets as fr } from '../fr/datasets';
import { addMessages } from '../messages';

addMessages(en, fr);
