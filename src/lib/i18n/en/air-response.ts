// English messages for air support: reported and computed response times, the what-if controls.
export const airResponse = {
	minutesAfter: '{minutes} min after {event}',
	base: 'Base',
	aircraft: 'Aircraft',
	resetToReported: 'Reset to the reported case',
	overTargetComputed: 'over the target (computed)',
	surfaceAssumption: 'Rings and surface assume a {aircraft} at {speed} km/h from every base, {takeOff}.',
	surfaceTakeOffNow: 'taking off the moment the alert comes (no time on the ground)',
	surfaceTakeOffAfter: 'taking off {minutes} min after the alert (its time on the ground)',
} as const;
