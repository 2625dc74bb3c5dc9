// English messages for the air-support panel: the sortie's figures, the gap between the reported and the computed times, the what-if (on demand: i18n/on-demand/simulation-panel).
export const simulationPanel = {
	airSupport: 'Air support',
	reportedTimes: 'As reported',
	computedTimes: 'As computed',
	stage_alert: 'Alert',
	stage_takeoff: 'Take-off',
	stage_overTarget: 'Over the target',
	event_alert: 'the alert',
	event_takeoff: 'take-off',
	'event_attack-start': 'the start of the attack',
	minutesAfterUnstated: '{minutes} min (from an unstated moment; read here as after {event})',
	computedSummary:
		'{km} km by great circle. {scramble} min on the ground + {flight} min in the air = {total} min after the alert: over the target at {arrival}.',
	'gap_flight-only-fits':
		'Over the target {minutes} min after the call means {required} km/h over {km} km: about the cruise speed ({cruise} km/h), so it fits only as flight time from take-off or with jets already airborne, not with time on the ground.',
	'gap_needs-above-cruise':
		'Over the target {minutes} min after the call means {required} km/h over {km} km, faster than the cruise speed ({cruise} km/h): only with jets already airborne and flying fast.',
	'gap_beyond-max-speed': 'Over the target {minutes} min after the call would need {required} km/h over {km} km, beyond this aircraft’s top speed.',
	'gap_fits-with-ground-time':
		'Over the target {minutes} min after the call fits: at {cruise} km/h the {km} km take less, leaving about {ground} min to get airborne.',
	gapAnchorAssumed: 'This check assumes the delay runs from {event}; the source does not say from when.',
	whatIf: 'What if',
	scrambleDelay: 'Delay before take-off',
	cruiseSpeed: 'Cruise speed',
	minutesValue: '{minutes} min',
	speedValue: '{speed} km/h',
	cruiseIsEstimate: 'The cruise speed of the {name} is an estimate.',
	delayAssumed: 'No source gives a take-off time: the reported case assumes no time on the ground, so it is the earliest the jets could have arrived.',
	arrivalAnnouncement: 'Computed arrival over the target: {arrival}',
} as const;
