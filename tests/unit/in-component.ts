// Classes that set context (the engine, the story driver) can only be built while a component
// initialises; tests build them inside a server render of InComponent.
import { render } from 'svelte/server';
import InComponent from './InComponent.svelte';

export function inComponent<T>(build: () => T): T {
	let built: T | undefined;
	// The result renders when read.
	void render(InComponent, { props: { run: () => (built = build()) } }).body;
	return built as T;
}
