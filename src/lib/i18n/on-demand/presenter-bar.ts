// The presenter's own controls: the chapter menu, play, black screen, full screen and the keys: out of the first load, added by the components that show them.
import { presenterBar as en } from '../en/presenter-bar';
import { presenterBar as fr } from '../fr/presenter-bar';
import { addMessages } from '../messages';

addMessages(en, fr);
