// A host may send commands far faster than the frame can draw them (a scroll handler that seeks,
// a flood): each re-applies the view, so 10,000 `chapter`s once froze the embed for a minute.
// Commands wait for the next frame in a queue where a later command drops the earlier ones whose
// effect it sets again whatever they did; the queue holds at most six commands.
import type { HostMessage } from './protocol';

/** Whether `later`, applied after `earlier`, leaves nothing of what `earlier` did. */
function replaces(later: HostMessage, earlier: HostMessage): boolean {
	switch (later.type) {
		// Play restarts a clock that stands at the window's end, so a pause cannot drop an earlier play.
		case 'sahel-timeline:play':
			return earlier.type === 'sahel-timeline:play' || earlier.type === 'sahel-timeline:pause';
		case 'sahel-timeline:pause':
			return earlier.type === 'sahel-timeline:pause';
		// A chapter sets the focus, the window and the time.
		case 'sahel-timeline:chapter':
			return ['sahel-timeline:chapter', 'sahel-timeline:focus', 'sahel-timeline:seek'].includes(earlier.type);
		// Focusing an incident sets the window and the time; leaving one keeps the time an earlier focus set.
		case 'sahel-timeline:focus':
			if (later.id === null) return earlier.type === 'sahel-timeline:focus' && earlier.id === null;
			return earlier.type === 'sahel-timeline:focus' || earlier.type === 'sahel-timeline:seek';
		case 'sahel-timeline:seek':
			return earlier.type === 'sahel-timeline:seek';
	}
}

/** The queue with `command` at its end, without the commands it replaces; commands keep their order. */
export function enqueueCommand(queue: readonly HostMessage[], command: HostMessage): HostMessage[] {
	return [...queue.filter((earlier) => !replaces(command, earlier)), command];
}
