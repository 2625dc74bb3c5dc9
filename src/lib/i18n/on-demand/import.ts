// The messages of the import panel, its summary and column mapping, and the import's problems: out of the first load of the pages that do not show them.
import { importing as en } from '../en/import';
import { importing as fr } from '../fr/import';
import { addMessages } from '../messages';

addMessages(en, fr);
