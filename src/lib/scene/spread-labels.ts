// Labels along one axis (a chart's end labels, one above another): each as near its anchor as
// it can be, none overlapping another, all inside [min, max]. Neighbours that would overlap are
// merged into a block centred on their anchors' mean, clamped to the range, until no blocks
// overlap: the least squares placement that keeps the anchors' order. The map's labels, placed in
// two dimensions with leaders and drops, use map/label-placement.ts; these are never dropped.

export interface AxisLabel {
	id: string;
	/** Where the label would sit, centred, px. */
	anchor: number;
	/** Its extent along the axis, px. */
	size: number;
}

interface Block {
	ids: string[];
	/** Sum of the anchors' offsets from the block's start, and of the sizes, with the gaps. */
	offsets: number;
	size: number;
	count: number;
	anchors: number;
	start: number;
}

/**
 * Each label's centre, by id. When the labels and their gaps are longer than the range they
 * overflow its end (`max`) only; a caller that must keep them inside gives them a longer range.
 */
export function spreadLabels(labels: readonly AxisLabel[], min: number, max: number, gap = 0): Map<string, number> {
	if (!(max >= min)) throw new Error(`invalid range: ${min}…${max}`);
	const sorted = [...labels].sort((a, b) => a.anchor - b.anchor);
	const blocks: Block[] = [];
	const place = (block: Block) => {
		// The start that puts the block's labels nearest their anchors on average, inside the range.
		const ideal = (block.anchors - block.offsets) / block.count;
		block.start = Math.max(min, Math.min(max - block.size, ideal));
	};
	for (const label of sorted) {
		const block: Block = { ids: [label.id], offsets: label.size / 2, size: label.size, count: 1, anchors: label.anchor, start: 0 };
		place(block);
		blocks.push(block);
		// Merge backwards while this block overlaps the one before it.
		while (blocks.length > 1) {
			const last = blocks.at(-1)!;
			const before = blocks.at(-2)!;
			if (before.start + before.size + gap <= last.start) break;
			const shift = before.size + gap;
			before.ids.push(...last.ids);
			before.offsets += last.offsets + shift * last.count;
			before.size += gap + last.size;
			before.count += last.count;
			before.anchors += last.anchors;
			blocks.pop();
			place(before);
		}
	}
	const centres = new Map<string, number>();
	const sizes = new Map(labels.map((label) => [label.id, label.size]));
	for (const block of blocks) {
		let at = block.start;
		for (const id of block.ids) {
			const size = sizes.get(id)!;
			centres.set(id, at + size / 2);
			at += size + gap;
		}
	}
	return centres;
}
