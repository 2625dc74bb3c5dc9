// English messages for the explorer's first screen and side panel.
export const explorer = {
	skipLinks: 'Skip links',
	skipToTimeline: 'Skip to the timeline',
	skipToMap: 'Skip to the map',
	skipToSide: 'Skip to the side panel',
	explorerDek: 'Attacks on Niger’s security forces near the Mali border, {months}: where, when, how long air support took and who was killed, as reported.',
	startStory: 'Start the story',
	panelSections: 'Sections of the panel',
	tab_totals: 'Totals',
	tab_incident: 'Attacks',
	tab_air: 'Air support',
	tab_layers: 'Layers',
	tab_data: 'Data',
	previousIncident: 'Previous attack',
	nextIncident: 'Next attack',
	/** The phone's one-line bar over the page, before the figures of every attack begun. */
	nowBarKilled: 'Killed so far:',
	/** On a phone, over the map: the attack just chosen there, by its place, has its details further down the page (an arrow follows). */
	detailsBelow: '{place}: details below',
	airSupportChoose: 'Air support is set out for each attack it was sent to: choose one to see how long it took, reported and computed, and try other bases and aircraft.',
} as const;
