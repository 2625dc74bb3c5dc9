import { describe, expect, it } from 'vitest';
import { Presenter } from './presenter.svelte';
import { seed } from '../../../tests/unit/seed';

const chapters = seed.chapters;
const ids = chapters.map((c) => c.id);

describe('Presenter', () => {
	it('starts at the first chapter and walks forward and back within the story', () => {
		const presenter = new Presenter(chapters, 0);
		expect(presenter.currentId).toBe(ids[0]);
		presenter.previous();
		expect(presenter.currentId).toBe(ids[0]);
		presenter.next();
		presenter.next();
		expect(presenter.index).toBe(2);
		expect(presenter.upNext?.id).toBe(ids[3]);
		presenter.last();
		expect(presenter.currentId).toBe(ids.at(-1));
		expect(presenter.upNext).toBeNull();
		presenter.next();
		expect(presenter.currentId).toBe(ids.at(-1));
		presenter.first();
		expect(presenter.current.id).toBe(ids[0]);
	});

	it('refuses an unknown chapter and stays where it is', () => {
		const presenter = new Presenter(chapters, 0);
		presenter.next();
		expect(presenter.goTo('atlantis')).toBe(false);
		expect(presenter.currentId).toBe(ids[1]);
		expect(presenter.goTo(ids[4]!)).toBe(true);
		expect(presenter.index).toBe(4);
	});

	it('needs at least one chapter', () => {
		expect(() => new Presenter([], 0)).toThrow('invalid story: it has no chapters');
	});
});
