// Captions for an exported video as a WebVTT file beside it: each chapter's title and narration
// while the chapter is on screen.

export interface Cue {
	/** Seconds from the video's start. */
	start: number;
	end: number;
	text: string;
}

/** 3725.5 → "01:02:05.500". */
export function vttTime(seconds: number): string {
	const ms = Math.round(seconds * 1000);
	const pad = (n: number, width = 2) => String(n).padStart(width, '0');
	return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** A cue's text may not hold a blank line or "-->", and its < and & are markup in WebVTT. */
const cueText = (text: string) =>
	text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/-->/g, '→')
		.replace(/\n\s*\n/g, '\n')
		.trim();

export function webVtt(cues: readonly Cue[]): string {
	return ['WEBVTT', '', ...cues.filter((cue) => cue.end > cue.start).flatMap((cue, i) => [`${i + 1}`, `${vttTime(cue.start)} --> ${vttTime(cue.end)}`, cueText(cue.text), ''])].join('\n');
}
