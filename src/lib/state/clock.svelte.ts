import { defaultSpeed } from '../time/playback-speed';
import { pacedStep, pacePlan } from '../time/pacing';
import { clampTime, fitWithin, span, windowAround, zoomWindow, type TimeWindow } from '../time/time-window';
import { bisectLeft, bisectRight } from 'd3';

export interface FrameScheduler {
	request(callback: (now: number) => void): number;
	cancel(handle: number): void;
}

const browserFrames: FrameScheduler = {
	request: (callback) => requestAnimationFrame(callback),
	cancel: (handle) => cancelAnimationFrame(handle)
};

/**
 * The one clock every view follows: current time (UTC ms), the detail window, playback.
 * Speed is simulated ms per real second and follows the window's size unless the reader picks one.
 */
/**
 * A time this close to an event is on it: a seek lands on an event to the millisecond, but a time
 * read back from a slider or a URL can be a few milliseconds off, and "next" must not return the
 * event the clock already shows.
 */
const EVENT_TOLERANCE_MS = 500;

export class Clock {
	/** The period the clock can reach: the story's, widened to a loaded dataset's (setBounds). */
	bounds = $state.raw<TimeWindow>({ from: 0, to: 1 });
	time = $state(0);
	window = $state.raw<TimeWindow>({ from: 0, to: 1 });
	playing = $state(false);
	speed = $state(1);
	/** Event-paced playback (time/pacing.ts): slower through activity, faster through quiet stretches. The reader can turn it off. */
	paced = $state(false);

	/** Where something happens, for pacing; none until paceBy(). */
	#activity = $state.raw<readonly TimeWindow[]>([]);
	/** The window's pace at the chosen speed, rebuilt when either changes. */
	#plan = $derived(pacePlan(this.window, this.#activity, this.speed));

	/** The reader picked a speed from the menu: zooms keep it; focusing an incident or zooming out resets it. */
	#speedChosen = false;
	#eventTimes: number[];
	#frames: FrameScheduler;
	#frame: number | null = null;
	#lastFrameAt: number | null = null;

	constructor(bounds: TimeWindow, eventTimes: number[], frames: FrameScheduler = browserFrames) {
		this.bounds = bounds;
		this.#eventTimes = [...eventTimes].sort((a, b) => a - b);
		this.#frames = frames;
		this.window = bounds;
		this.time = bounds.from;
		this.speed = defaultSpeed(span(bounds));
	}

	/**
	 * A new period (a dataset reaching beyond the story, or gone again). A window that showed the
	 * whole period shows the whole new one; a window the reader chose stays, moved inside if it
	 * must. The time stays, brought inside if it must, unless it was at the period's end (where the
	 * explorer opens, every attack told): it stays at the end, every event told.
	 */
	setBounds(bounds: TimeWindow): void {
		const old = this.bounds;
		if (bounds.from === old.from && bounds.to === old.to) return;
		const whole = this.window.from <= old.from && this.window.to >= old.to;
		const atEnd = this.time === old.to;
		this.bounds = bounds;
		this.setWindow(whole ? bounds : this.window);
		if (atEnd && whole) this.time = bounds.to;
	}

	seek(t: number): void {
		this.time = clampTime(t, this.bounds);
		if (this.time < this.window.from || this.time > this.window.to) {
			this.window = fitWithin(
				{ from: this.time - span(this.window) / 2, to: this.time + span(this.window) / 2 },
				this.bounds
			);
		}
	}

	/**
	 * Sets the detail window (keeps the cursor inside it) and, unless the reader chose a speed,
	 * the speed that suits its size.
	 */
	setWindow(window: TimeWindow): void {
		this.window = fitWithin(window, this.bounds);
		if (!this.#speedChosen) this.speed = defaultSpeed(span(this.window));
		this.time = clampTime(this.time, this.window);
	}

	/**
	 * Zooms around a point (the pointer's time, by default the current time). The reader zoomed
	 * where they pointed: a time the new window leaves out is brought to its nearest edge.
	 */
	zoomBy(factor: number, around = this.time): void {
		this.setWindow(zoomWindow(this.window, factor, around, this.bounds));
	}

	/** Zooms the window to an event's hours, puts the cursor at its start and the speed back to the window's. */
	zoomTo(start: number, end: number): void {
		this.#speedChosen = false;
		this.setWindow(windowAround(start, end));
		this.time = clampTime(start, this.window);
	}

	zoomOut(): void {
		this.#speedChosen = false;
		this.setWindow(this.bounds);
	}

	setSpeed(speed: number): void {
		if (!(speed > 0) || !Number.isFinite(speed)) throw new Error(`invalid speed: ${speed}`);
		this.speed = speed;
	}

	/** The reader's pick from the speed menu: kept across zooms until an incident is focused or the window zoomed out. */
	chooseSpeed(speed: number): void {
		this.setSpeed(speed);
		this.#speedChosen = true;
	}

	/** Paces playback by these spans of activity (an attack's hours, a movement's), and turns pacing on. */
	paceBy(activity: readonly TimeWindow[]): void {
		this.#activity = activity;
		this.paced = true;
	}

	/** The first event after the time; one within EVENT_TOLERANCE_MS counts as the one the clock is on. */
	nextEventTime(): number | null {
		return this.#eventTimes[bisectRight(this.#eventTimes, this.time + EVENT_TOLERANCE_MS)] ?? null;
	}

	previousEventTime(): number | null {
		return this.#eventTimes[bisectLeft(this.#eventTimes, this.time - EVENT_TOLERANCE_MS) - 1] ?? null;
	}

	stepToNextEvent(): void {
		const next = this.nextEventTime();
		if (next !== null) this.seek(next);
	}

	stepToPreviousEvent(): void {
		const previous = this.previousEventTime();
		if (previous !== null) this.seek(previous);
	}

	play(): void {
		if (this.playing) return;
		if (this.time >= this.window.to) this.time = this.window.from;
		this.playing = true;
		this.#lastFrameAt = null;
		this.#frame = this.#frames.request(this.#advance);
	}

	pause(): void {
		this.playing = false;
		if (this.#frame !== null) this.#frames.cancel(this.#frame);
		this.#frame = null;
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	#advance = (now: number): void => {
		if (!this.playing) return;
		// The first frame only sets the baseline, so a stalled tab never jumps ahead.
		const elapsed = this.#lastFrameAt === null ? 0 : Math.min(now - this.#lastFrameAt, 100);
		this.#lastFrameAt = now;
		const next = this.paced ? pacedStep(this.#plan, this.time, elapsed / 1000) : this.time + (elapsed / 1000) * this.speed;
		if (next >= this.window.to) {
			this.time = this.window.to;
			this.pause();
			return;
		}
		this.time = next;
		this.#frame = this.#frames.request(this.#advance);
	};
}
