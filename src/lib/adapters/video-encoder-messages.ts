// The messages between the page and the video encoder's worker, checked on arrival (a worker is
// another program). A frame's marks are taken as the page's ExportFrame made them: checking every
// mark of 30 frames a second would cost what the worker is there to save.
import * as z from 'zod/mini';
import type { Frame, Mark } from '../export/frame';

const size = z.int().check(z.minimum(1), z.maximum(8192));

export const ToEncoderSchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('start'), width: size, height: size, fps: z.union([z.literal(30), z.literal(60)]), codec: z.enum(['vp9', 'vp8', 'avc']), format: z.enum(['webm', 'mp4']) }),
	z.object({
		type: z.literal('frame'),
		index: z.int().check(z.minimum(0)),
		frame: z.object({ width: z.number(), height: z.number(), scale: z.number(), background: z.nullable(z.string()), marks: z.array(z.custom<Mark>((mark) => typeof mark === 'object' && mark !== null)) })
	}),
	z.object({ type: z.literal('finish') })
]);
export type ToEncoder = z.infer<typeof ToEncoderSchema>;

export const FromEncoderSchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('added'), index: z.int() }),
	z.object({ type: z.literal('finished'), buffer: z.instanceof(ArrayBuffer), mimeType: z.string() }),
	z.object({ type: z.literal('failed'), message: z.string() })
]);
export type FromEncoder = z.infer<typeof FromEncoderSchema>;

/** The frame as sent: a layer the worker already holds (the same key as the last one sent) goes without its marks. */
export function withoutSentLayer(frame: Frame, sent: { key: string | null }): { width: number; height: number; scale: number; background: string | null; marks: Mark[] } {
	const slim = (marks: readonly Mark[]): Mark[] =>
		marks.map((mark) => {
			if (mark.kind === 'group') return { ...mark, marks: slim(mark.marks) };
			if (mark.kind !== 'layer') return mark;
			if (mark.key === sent.key) return { ...mark, marks: [] };
			sent.key = mark.key;
			return mark;
		});
	return { width: frame.width, height: frame.height, scale: frame.scale, background: frame.background, marks: slim(frame.marks) };
}

/** The frame as painted: a layer sent without its marks (withoutSentLayer) gets back those the worker holds for its key. */
export function withHeldLayer<F extends { marks: readonly Mark[] }>(frame: F, held: { key: string | null; marks: readonly Mark[] }): F {
	const fill = (marks: readonly Mark[]): Mark[] =>
		marks.map((mark) => {
			if (mark.kind === 'group') return { ...mark, marks: fill(mark.marks) };
			if (mark.kind !== 'layer') return mark;
			if (mark.key === held.key) return { ...mark, marks: held.marks };
			held.key = mark.key;
			held.marks = mark.marks;
			return mark;
		});
	return { ...frame, marks: fill(frame.marks) };
}
