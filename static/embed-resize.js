// Sahel Timeline: include once on a page with /embed iframes; each takes its content's height.
(() => {
	const script = document.currentScript;
	// Only frames on the origin that served this script are heard: no other frame resizes itself.
	const origin = script && script.src && new URL(script.src).origin;
	// A symbol: no element id can shadow it (DOM clobbering).
	const once = Symbol.for('sahel-timeline-resize ' + origin);
	if (!origin || window[once]) return;
	window[once] = true;
	const frames = Document.prototype.getElementsByTagName.bind(document, 'iframe');
	EventTarget.prototype.addEventListener.call(window, 'message', (event) => {
		const data = event.data;
		if (event.origin !== origin || !data || data.type !== 'sahel-timeline:resize') return;
		if (typeof data.height !== 'number') return;
		const height = Math.ceil(data.height);
		if (!(height >= 1 && height <= 1e4)) return;
		for (const frame of frames()) if (frame.contentWindow === event.source) frame.style.height = height + 'px';
	});
})();
