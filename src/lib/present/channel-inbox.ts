// What arrives on the notes channel between two frames, folded so that a flood costs one update:
// the presenter's window keeps the notes window's steps as runs and whether it said hello; the
// notes window keeps what the presenter said last.

/** Steps since the last frame as runs (+3: three nexts, then −1: one previous), and whether a notes window said hello. */
export interface PresenterInbox {
	steps: number[];
	hello: boolean;
}

/** Folds one notes → presenter message into what is waiting (a new inbox when nothing is). */
export function addToPresenterInbox(inbox: PresenterInbox = { steps: [], hello: false }, message: { type: 'hello' | 'next' | 'previous' }): PresenterInbox {
	if (message.type === 'hello') {
		inbox.hello = true;
		return inbox;
	}
	const step = message.type === 'next' ? 1 : -1;
	const last = inbox.steps.at(-1);
	// A run grows while the direction holds; steps stop at the first and last chapters, so runs of
	// opposite directions cannot be netted.
	if (last !== undefined && Math.sign(last) === step) inbox.steps[inbox.steps.length - 1] = last + step;
	else inbox.steps.push(step);
	return inbox;
}

/** Takes the steps: no run needs more moves than there are chapters. */
export function takeSteps(steps: readonly number[], chapterCount: number, move: (direction: 1 | -1) => void): void {
	for (const run of steps) {
		for (let i = 0; i < Math.min(Math.abs(run), chapterCount); i++) move(run > 0 ? 1 : -1);
	}
}

/** Folds one presenter → notes message into what is waiting: the last state (for when the talk began), then the last chapter. */
export function addToNotesInbox<M extends { type: 'state' } | { type: 'chapter' }>(kept: M[] = [], message: M): M[] {
	return [...kept.filter((m) => m.type === 'state' && message.type !== 'state'), message];
}
