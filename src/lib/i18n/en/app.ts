// English messages for the app's frame: title, map controls, language, notices, the time slider and playback.
export const app = {
	appTitle: 'Sahel Timeline',
	appDescription:
		'An interactive timeline and simulation of armed attacks along the Mali–Niger border, 2017–2020: movements, air-support response times and casualties, every number sourced or marked as an estimate.',
	shareImageAlt: 'The Sahel Timeline explorer: a map of the Mali–Niger border region with the four attacks, the timeline under it and the casualty totals beside it.',
	mapLabel: 'Map of the Sahel: Mali, Niger, Burkina Faso and their neighbours',
	mapDescription:
		'Mali, Niger and Burkina Faso, the Liptako–Gourma countries, are tinted darker, with their shared borders drawn thicker. Use + and − to zoom, arrow keys to pan, 0 to reset.',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	zoomReset: 'Reset map view',
	mapControls: 'Map controls',
	scaleBar: 'Scale: {km} km',
	labelled: '{label}:',
	switchTo: 'Français',
	switchToLabel: 'Passer en français',
	noticeDismiss: 'Dismiss',
	capital: 'capital',
	time: 'Time',
	timeKeys:
		'Left and right arrows step through time, Page Up and Page Down step further, Home and End go to the ends of the window, + and − zoom the window.',
	timeline: 'Timeline',
	overviewLabel: 'Overview of the whole period; drag to choose the window shown above',
	playback: 'Playback',
	play: 'Play',
	pause: 'Pause',
	previousEvent: 'Previous event',
	nextEvent: 'Next event',
	speed: 'Speed',
	pacedPlayback: 'Paced by events',
	pacedPlaybackHint: 'Slows down for each attack and movement, runs through quiet stretches',
	zoomOutTime: 'Whole period',
} as const;
