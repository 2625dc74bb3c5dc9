// The detail track's attack marks as targets a pointer can press: each at least `min` px wide,
// centred on its mark and kept on the track, `margin` px from its ends; marks whose targets would overlap share one (on a
// phone two attacks 17 days apart sit 6 px apart at the whole period, review 9).

export interface Span {
	id: string;
	/** The mark's start and end on the track, px. */
	left: number;
	right: number;
}

export interface MarkTarget {
	/** The marks it holds, left to right. */
	marks: Span[];
	left: number;
	width: number;
}

/** One target per mark, or per group of marks too close to part, on a track `track` px wide. */
export function markTargets(spans: readonly Span[], min: number, track: number, margin = 0): MarkTarget[] {
	const targets: MarkTarget[] = [];
	for (const span of [...spans].sort((a, b) => a.left - b.left)) {
		const width = Math.max(min, span.right - span.left);
		const left = Math.min(Math.max(margin, (span.left + span.right - width) / 2), Math.max(margin, track - margin - width));
		let next: MarkTarget = { marks: [span], left, width };
		// A target widened to the left may reach further back than the one before it: merge until clear.
		for (let previous = targets.at(-1); previous && overlap(previous, next); previous = targets.at(-1)) {
			targets.pop();
			const from = Math.min(previous.left, next.left);
			next = { marks: [...previous.marks, ...next.marks], left: from, width: Math.max(previous.left + previous.width, next.left + next.width) - from };
		}
		targets.push(next);
	}
	return targets;
}

function overlap(a: MarkTarget, b: MarkTarget): boolean {
	return b.left < a.left + a.width && a.left < b.left + b.width;
}
