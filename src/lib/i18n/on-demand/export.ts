// The messages of the export menu and the texts drawn on an exported frame: out of the first load of the pages that do not show them.
import { exporting as en } from '../en/export';
import { exporting as fr } from '../fr/export';
import { addMessages } from '../messages';

addMessages(en, fr);
