// A host page's server on a second origin: localhost, while the app is served on 127.0.0.1, so a
// frame of /embed in it is cross-origin, as on a school's or a newspaper's site.
import { createServer } from 'node:http';

/**
 * Serves `pages[pathname](searchParams)` as HTML (a 404 for any other path) on localhost.
 * Resolves to { origin, close }.
 */
export async function serveHost(pages) {
	const server = createServer((request, response) => {
		const url = new URL(request.url, 'http://localhost');
		if (url.pathname === '/favicon.ico') return void response.writeHead(204).end();
		const body = pages[url.pathname]?.(url.searchParams) ?? null;
		response.writeHead(body === null ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(body ?? 'not found');
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		origin: `http://localhost:${server.address().port}`,
		close: () => new Promise((resolve) => server.close(resolve))
	};
}
