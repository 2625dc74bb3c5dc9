// Which context events on the detail track get a text label: only those whose
// label has room before the next mark and before the track's end. The others
// keep their diamond and its tooltip.

/** Room a context label needs to its right, in pixels. */
export const LABEL_ROOM_PX = 150;
/** Marks this close to the left of a label's start would sit on it. */
const LEFT_CLEARANCE_PX = 12;

export interface TrackMark {
	id: string;
	/** Position on the track, px. */
	at: number;
}

/** The ids of the context marks that can carry a label among all `marks` on a track `width` wide. */
export function labelledContext(context: readonly TrackMark[], marks: readonly TrackMark[], width: number, room = LABEL_ROOM_PX): Set<string> {
	return new Set(
		context
			.filter(({ id, at }) => {
				const crowded = marks.some((m) => m.id !== id && m.at > at - LEFT_CLEARANCE_PX && m.at < at + room);
				return !crowded && at + room < width;
			})
			.map(({ id }) => id)
	);
}
