// static/embed-resize.js runs on host pages, outside the app's build: it is
// tested here as written, in a fake window with fake iframes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../../../static/embed-resize.js', import.meta.url), 'utf8');

interface FakeFrame {
	contentWindow: object;
	style: { height?: string };
}

/** Runs the script once per call (as if included that many times) and returns a way to post to it. */
function hostPage(frames: FakeFrame[], includes = 1) {
	const listeners: ((event: { data: unknown; source: unknown }) => void)[] = [];
	const window: Record<string, unknown> = {
		addEventListener: (type: string, listener: (typeof listeners)[number]) => {
			if (type === 'message') listeners.push(listener);
		}
	};
	const document = { getElementsByTagName: (tag: string) => (tag === 'iframe' ? frames : []) };
	for (let i = 0; i < includes; i++) new Function('window', 'document', source)(window, document);
	return {
		listeners,
		post: (data: unknown, source: unknown) => listeners.forEach((listener) => listener({ data, source }))
	};
}

const frame = (): FakeFrame => ({ contentWindow: {}, style: {} });

describe('embed-resize.js', () => {
	it('is under 1 KB', () => {
		expect(new TextEncoder().encode(source).length).toBeLessThan(1024);
	});

	it('sets the height of the frame that sent the message, and no other', () => {
		const [a, b] = [frame(), frame()];
		const page = hostPage([a, b]);
		page.post({ type: 'sahel-timeline:resize', height: 731.4 }, b.contentWindow);
		expect(a.style.height).toBeUndefined();
		expect(b.style.height).toBe('732px');
	});

	it.each([
		['another type', { type: 'sahel-timeline:state', height: 500 }],
		['no height', { type: 'sahel-timeline:resize' }],
		['a text height', { type: 'sahel-timeline:resize', height: '500' }],
		['a negative height', { type: 'sahel-timeline:resize', height: -5 }],
		['an absurd height', { type: 'sahel-timeline:resize', height: 1e9 }],
		['null', null],
		['a string', 'sahel-timeline:resize']
	])('ignores %s', (_, data) => {
		const a = frame();
		hostPage([a]).post(data, a.contentWindow);
		expect(a.style.height).toBeUndefined();
	});

	it('ignores a window that is none of the frames', () => {
		const a = frame();
		hostPage([a]).post({ type: 'sahel-timeline:resize', height: 500 }, {});
		expect(a.style.height).toBeUndefined();
	});

	it('listens once however many snippets include it', () => {
		expect(hostPage([frame()], 3).listeners).toHaveLength(1);
	});
});
