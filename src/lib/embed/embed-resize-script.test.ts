// static/embed-resize.js runs on host pages, outside the app's build: it is tested here as written,
// in a fake window with fake iframes (tests/browser/messages.test.mjs runs it in a real host page).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, fuzzTimeout } from '../../../tests/unit/fuzz';

const source = readFileSync(new URL('../../../static/embed-resize.js', import.meta.url), 'utf8');
const APP = 'https://timeline.example.org';

interface FakeFrame {
	contentWindow: object;
	style: { height?: string };
}
type Listener = (event: { data: unknown; source: unknown; origin: string }) => void;

/** Runs the script once per include (its src on `scriptOrigin`) and returns a way to post to it. */
function hostPage(frames: FakeFrame[], { includes = 1, scriptOrigin = APP as string | null } = {}) {
	const window: Record<string | symbol, unknown> & { listeners: Listener[] } = { listeners: [] };
	const document = { currentScript: scriptOrigin === null ? null : { src: `${scriptOrigin}/embed-resize.js` }, frames };
	// The script reaches the DOM through the prototypes (so a page element cannot shadow them).
	const Document = { prototype: { getElementsByTagName: (tag: string) => (tag === 'iframe' ? frames : []) } };
	const EventTarget = {
		prototype: {
			addEventListener(this: typeof window, type: string, listener: Listener) {
				if (type === 'message') this.listeners.push(listener);
			}
		}
	};
	for (let i = 0; i < includes; i++) new Function('window', 'document', 'Document', 'EventTarget', source)(window, document, Document, EventTarget);
	return {
		listeners: window.listeners,
		post: (data: unknown, source: unknown, origin = APP) => window.listeners.forEach((listener) => listener({ data, source, origin }))
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
		// Rounded up before the bound is checked: 10,000.2 would once have become 10,001 (review D4).
		['a height just over the bound', { type: 'sahel-timeline:resize', height: 10_000.2 }],
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

	// Any frame on the host page (an ad, a widget) could once stretch itself to 100,000 px (review D4).
	it('ignores a frame on another origin than the script’s, even asking for itself', () => {
		const ad = frame();
		hostPage([ad]).post({ type: 'sahel-timeline:resize', height: 500 }, ad.contentWindow, 'https://ads.example');
		expect(ad.style.height).toBeUndefined();
	});

	it('does nothing when it cannot tell which origin served it', () => {
		const a = frame();
		const page = hostPage([a], { scriptOrigin: null });
		expect(page.listeners).toHaveLength(0);
	});

	it('listens once however many snippets include it', () => {
		expect(hostPage([frame()], { includes: 3 }).listeners).toHaveLength(1);
	});

	it('fuzz: only the sending frame of the app’s origin is resized, to a whole height from 1 to 10,000 px', fuzzTimeout(), () => {
		const origins = fc.constantFrom(APP, 'https://ads.example', 'http://timeline.example.org', 'null', '');
		const height = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, 1, 1e4, 1e4 + 0.5, -0, Infinity, Number.NaN), fc.anything());
		const data = fc.oneof(
			fc.record({ type: fc.constantFrom('sahel-timeline:resize', 'sahel-timeline:state', 'resize'), height }),
			fc.anything()
		);
		fc.assert(
			fc.property(data, origins, fc.integer({ min: -1, max: 2 }), (message, origin, sender) => {
				const frames = [frame(), frame(), frame()];
				const source = sender < 0 ? {} : frames[sender]!.contentWindow;
				hostPage(frames).post(message, source, origin);
				const asked = (message as { height?: unknown } | null)?.height;
				const ok =
					origin === APP &&
					sender >= 0 &&
					(message as { type?: unknown } | null)?.type === 'sahel-timeline:resize' &&
					typeof asked === 'number' &&
					Math.ceil(asked) >= 1 &&
					Math.ceil(asked) <= 1e4;
				frames.forEach((f, i) => {
					if (ok && i === sender) expect(f.style.height).toBe(`${Math.ceil(asked as number)}px`);
					else expect(f.style.height).toBeUndefined();
				});
			}),
			fuzzRuns()
		);
	});
});
