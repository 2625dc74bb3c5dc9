// The air-support panel: the sortie's figures, the gap between the reported and the computed times, the what-if: out of the first load, added by the components that show them.
import { simulationPanel as en } from '../en/simulation-panel';
import { simulationPanel as fr } from '../fr/simulation-panel';
import { addMessages } from '../messages';

addMessages(en, fr);
