// Sahel Timeline: include once on a page that embeds /embed iframes; each frame then takes the
// height its content reports. Plain ES2017, no dependencies.
(() => {
	if (window.sahelTimelineResize) return;
	window.sahelTimelineResize = true;
	window.addEventListener('message', (event) => {
		const data = event.data;
		if (!data || data.type !== 'sahel-timeline:resize' || typeof data.height !== 'number') return;
		// A frame cannot ask to be absurdly tall.
		if (!(data.height > 0 && data.height < 1e5)) return;
		// Only the frame that sent the message is resized, never another one on the page.
		for (const frame of document.getElementsByTagName('iframe')) {
			if (frame.contentWindow === event.source) frame.style.height = Math.ceil(data.height) + 'px';
		}
	});
})();
