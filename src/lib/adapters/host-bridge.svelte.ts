import type { Attachment } from 'svelte/attachments';
import type { Session } from '../state/session.svelte';
import type { EventLayer } from '../state/event-layer.svelte';
import { acceptsMessage, parseHostMessage, readyMessage, resizeMessage, stateMessage, type HostMessage } from '../embed/protocol';
import { enqueueCommand } from '../embed/command-queue';
import { createThrottle } from '../time/throttle';
import { createFrameBatch } from './frame-batch';

/** At most four state messages a second while playing; the last state always goes out. */
const STATE_EVERY_MS = 250;

export interface HostBridgeOptions {
	session: Session;
	/** The event table under the story, whose figures the state carries apart. */
	events: EventLayer;
	/** The chapter the view was last set to, read reactively. */
	chapter: () => string | null;
	/** The URL's `origin`, read when a message goes or comes: messages go only to it and commands come only from it. Undefined: any parent. */
	origin: () => string | undefined;
	oncommand: (command: HostMessage) => void;
	/** The height to ask the host for, in CSS px; read whenever an observed element's size changes. */
	wantedHeight: () => number;
}

export interface HostBridge {
	/** Says `ready` to the host, then its height and state; commands are obeyed from then on. */
	ready(): void;
	/** Attachment for each element whose size may change the wanted height: the host hears it whenever it changes. */
	observeHeight: Attachment<HTMLElement>;
}

/** The frame's parent window, or null when the page is not framed (then no one is told or obeyed). */
function parentWindow(): Window | null {
	return window.parent === window ? null : window.parent;
}

/** What the host is told after each change: the clock, the view and the totals at its time, the event table's apart. */
function currentState(session: Session, events: EventLayer, chapter: string | null) {
	const { clock, totals, focusTotals, policy } = session;
	return stateMessage({
		time: clock.time,
		playing: clock.playing,
		chapter,
		focus: session.focusId,
		totalsPolicy: policy,
		attacksBegun: totals.begunBy(clock.time),
		totals: totals.at(clock.time, policy, 'counted'),
		claimedByOpponents: totals.at(clock.time, policy, 'opponent'),
		focusTotals: focusTotals && {
			totals: focusTotals.at(clock.time, policy, 'counted'),
			claimedByOpponents: focusTotals.at(clock.time, policy, 'opponent')
		},
		events: events.deaths && { deaths: events.deaths, at: events.deaths.at(clock.time) }
	});
}

/**
 * The postMessage link between /embed and the page that frames it. Call during a component's
 * initialisation: the listener and the pending state message go when the component does.
 */
export function connectHost(options: HostBridgeOptions): HostBridge {
	const { session, events, origin, oncommand } = options;
	const post = (message: object) => parentWindow()?.postMessage(message, origin() ?? '*');
	const throttle = createThrottle(STATE_EVERY_MS);

	let started = $state(false);
	let height = 0;

	$effect(() => {
		if (!started) return;
		const message = currentState(session, events, options.chapter());
		throttle(() => post(message));
	});

	$effect(() => {
		if (!started) return;
		// Commands are obeyed once per frame, however fast they come (embed/command-queue.ts).
		const commands = createFrameBatch<HostMessage, HostMessage[]>(
			(queue, command) => enqueueCommand(queue ?? [], command),
			(queue) => queue.forEach(oncommand)
		);
		const onmessage = (event: MessageEvent) => {
			const accepted = acceptsMessage({
				eventSource: event.source,
				eventOrigin: event.origin,
				parentWindow: parentWindow(),
				allowedOrigin: origin()
			});
			if (!accepted) return;
			const command = parseHostMessage(event.data);
			if (command) commands.add(command);
		};
		window.addEventListener('message', onmessage);
		return () => {
			window.removeEventListener('message', onmessage);
			commands.cancel();
			throttle.cancel();
		};
	});

	// One observer for every element attached, made with the first (attachments run in the browser only).
	let observer: ResizeObserver | undefined;
	const measure = () => {
		const next = Math.ceil(options.wantedHeight());
		if (next === height || !(next > 0)) return;
		height = next;
		if (started) post(resizeMessage(height));
	};
	const observeHeight: Attachment<HTMLElement> = (element) => {
		observer ??= new ResizeObserver(measure);
		observer.observe(element);
		return () => observer?.unobserve(element);
	};

	return {
		ready() {
			if (started) return;
			started = true;
			post(readyMessage());
			if (height > 0) post(resizeMessage(height));
		},
		observeHeight
	};
}
