import { describe, expect, it } from 'vitest';
import type { Frame, Mark } from '../export/frame';
import { withHeldLayer, withoutSentLayer } from './video-encoder-messages';

const land: Mark = { kind: 'path', d: 'M0,0L10,0L10,10Z', fill: '#eee' };
const frame = (key: string, k: number): Frame => ({
	title: '',
	description: '',
	width: 100,
	height: 50,
	scale: 1,
	background: null,
	marks: [{ kind: 'group', x: 0, y: 10, marks: [{ kind: 'layer', key, width: 100, height: 40, marks: [land], camera: { k, x: 0, y: 0 } }] }]
});
const layerOf = (f: { marks: readonly Mark[] }) => (f.marks[0] as Extract<Mark, { kind: 'group' }>).marks[0] as Extract<Mark, { kind: 'layer' }>;

describe('the base map between the page and the video worker', () => {
	it('goes once per key, and the worker paints every frame of a flight (a new camera each) with its marks', () => {
		const [sent, held] = [{ key: null }, { key: null, marks: [] }];
		const painted = [frame('a', 1), frame('a', 1.5), frame('a', 2), frame('b', 2), frame('b', 2.5)].map((f) => withoutSentLayer(f, sent)).map((f) => withHeldLayer(f, held));
		expect(painted.map((f) => layerOf(f).marks)).toEqual(painted.map(() => [land]));
		expect(painted.map((f) => layerOf(f).camera?.k)).toEqual([1, 1.5, 2, 2, 2.5]);
	});

	it('sends the marks of a key only the first time', () => {
		const sent = { key: null };
		const posted = [frame('a', 1), frame('a', 2), frame('b', 2)].map((f) => layerOf(withoutSentLayer(f, sent)).marks.length);
		expect(posted).toEqual([1, 0, 1]);
	});
});
