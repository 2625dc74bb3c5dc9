import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const replaceState = vi.fn();
vi.mock('$app/navigation', () => ({ replaceState }));
vi.mock('$app/state', () => ({ page: { state: { from: 'page' } } }));

const { replaceAfterHydration } = await import('./history');

describe('replaceAfterHydration', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.stubGlobal('location', { href: 'https://example.org/present?lang=fr' });
		replaceState.mockClear();
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('writes the edited URL a task later, keeping the page state', () => {
		replaceAfterHydration((url) => {
			url.searchParams.set('chapter', 'inates');
			return url;
		});
		expect(replaceState).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(replaceState).toHaveBeenCalledOnce();
		const [url, state] = replaceState.mock.calls[0]!;
		expect(String(url)).toBe('https://example.org/present?lang=fr&chapter=inates');
		expect(state).toEqual({ from: 'page' });
	});

	it('reads the URL when it writes, not when asked', () => {
		replaceAfterHydration((url) => url.href + '#seen');
		vi.stubGlobal('location', { href: 'https://example.org/?t=2020-01-09T13:00:00Z' });
		vi.runAllTimers();
		expect(replaceState).toHaveBeenCalledWith('https://example.org/?t=2020-01-09T13:00:00Z#seen', { from: 'page' });
	});

	it('writes nothing once cancelled', () => {
		const cancel = replaceAfterHydration((url) => url);
		cancel();
		vi.runAllTimers();
		expect(replaceState).not.toHaveBeenCalled();
	});
});
