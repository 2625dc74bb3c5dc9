// The messages of the share dialog and the embed's options: out of the first load of the pages that do not show them.
import { share as en } from '../en/share';
import { share as fr } from '../fr/share';
import { addMessages } from '../messages';

addMessages(en, fr);
