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

/** While `started()`, posts the state after each change, at most every STATE_EVERY_MS (the last state always). */
function sendStates(started: () => boolean, state: () => object, post: (message: object) => void): void {
	const throttle = createThrottle(STATE_EVERY_MS);
	$effect(() => {
		if (!started()) return;
		const message = state();
		throttle(() => post(message));
	});
	$effect(() => () => throttle.cancel());
}

/** While `started()`, obeys the parent's commands (only from `origin()` when it names one), once per frame however fast they come. */
function obeyCommands(started: () => boolean, origin: () => string | undefined, oncommand: (command: HostMessage) => void): void {
	$effect(() => {
		if (!started()) return;
		// embed/command-queue.ts keeps what a frame's commands add up to.
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
		};
	});
}

/**
 * The wanted height (whole CSS px), measured whenever an attached element's size changes;
 * `onchange` hears each new one. One observer for every element, made with the first
 * (attachments run in the browser only).
 */
function measureHeight(wanted: () => number, onchange: (height: number) => void) {
	let height = 0;
	let observer: ResizeObserver | undefined;
	const measure = () => {
		const next = Math.ceil(wanted());
		if (next === height || !(next > 0)) return;
		height = next;
		onchange(height);
	};
	const observe: Attachment<HTMLElement> = (element) => {
		observer ??= new ResizeObserver(measure);
		observer.observe(element);
		return () => observer?.unobserve(element);
	};
	return { current: () => height, observe };
}

/**
 * The postMessage link between /embed and the page that frames it. Call during a component's
 * initialisation: the listener and the pending state message go when the component does.
 */
export function connectHost(options: HostBridgeOptions): HostBridge {
	const { session, events, origin } = options;
	const post = (message: object) => parentWindow()?.postMessage(message, origin() ?? '*');
	let started = $state(false);
	sendStates(() => started, () => currentState(session, events, options.chapter()), post);
	obeyCommands(() => started, origin, options.oncommand);
	const height = measureHeight(options.wantedHeight, (next) => {
		if (started) post(resizeMessage(next));
	});
	return {
		ready() {
			if (started) return;
			started = true;
			post(readyMessage());
			if (height.current() > 0) post(resizeMessage(height.current()));
		},
		observeHeight: height.observe
	};
}
