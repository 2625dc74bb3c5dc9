// A loaded event table's messages: out of the first load, added by the components that show a table's events.
import { eventDetails as en } from '../en/event-details';
import { eventDetails as fr } from '../fr/event-details';
import { addMessages } from '../messages';

addMessages(en, fr);
