import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToNotesInbox, addToPresenterInbox, takeSteps, type PresenterInbox } from './channel-inbox';

/** Where a talk of `count` chapters ends after the steps, taken one by one from `start`. */
const oneByOne = (start: number, count: number, steps: readonly (1 | -1)[]) => steps.reduce((at, step) => Math.min(count - 1, Math.max(0, at + step)), start);

describe('the presenter’s inbox', () => {
	it('keeps steps as runs and remembers a hello', () => {
		const types = ['next', 'next', 'hello', 'previous', 'next'] as const;
		const inbox = types.reduce<PresenterInbox | undefined>((kept, type) => addToPresenterInbox(kept, { type }), undefined);
		expect(inbox).toEqual({ steps: [2, -1, 1], hello: true });
	});

	it('ends on the chapter the steps one by one would, whatever the flood', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(11), fc.array(fc.constantFrom<1 | -1>(1, -1), { maxLength: 400 }), (count, from, steps) => {
				const start = from % count;
				const inbox = steps.reduce<PresenterInbox | undefined>((kept, step) => addToPresenterInbox(kept, { type: step > 0 ? 'next' : 'previous' }), undefined);
				let at = start;
				let moves = 0;
				takeSteps(inbox?.steps ?? [], count, (direction) => {
					at = Math.min(count - 1, Math.max(0, at + direction));
					moves++;
				});
				expect(at).toBe(oneByOne(start, count, steps));
				expect(moves).toBeLessThanOrEqual(Math.min(steps.length, (inbox?.steps.length ?? 0) * count));
			})
		);
	});
});

describe('the notes window’s inbox', () => {
	it('keeps the last state and the last chapter after it', () => {
		const state = (id: string) => ({ type: 'state' as const, chapterId: id, startedAt: 1 });
		const chapter = (id: string) => ({ type: 'chapter' as const, id });
		const messages = [chapter('a'), state('b'), chapter('c'), chapter('d')];
		expect(messages.reduce<ReturnType<typeof addToNotesInbox>>((kept, m) => addToNotesInbox(kept, m), [])).toEqual([state('b'), chapter('d')]);
		expect(addToNotesInbox([state('b'), chapter('d')], state('e'))).toEqual([state('e')]);
	});
});
