import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeLabels, placeLabelsAfter, type LabelRequest, type Obstacle, type PlacementMemory } from './label-placement';
import { mulberry32, randomInt } from '../dataset/prng';
import { screenSegments } from './label-lines';

describe('placeLabelsAfter', () => {
	// A map frame after frame: some labels move with their symbols (movements, aircraft), symbols
	// come and go, labels come and go or change rank, now and then the map is resized (and its lines
	// change), and lines come and go without it (a route); some symbols yield to more important labels (towns). Each frame
	// placed from the last one's memory must equal the frame placed from scratch.
	it('gives, frame after frame, what placing every frame from scratch gives', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const random = mulberry32(seed);
				const between = (a: number, b: number) => a + random() * (b - a);
				let width = Math.round(between(250, 700));
				const height = Math.round(between(200, 500));
				let next = 0;
				const label = (): LabelRequest & { moving: boolean } => ({
					id: `l${next++}`,
					anchor: [between(0, width), between(0, height)],
					radius: random() < 0.7 ? Math.round(between(2, 12)) : 0,
					width: Math.round(between(20, 120)),
					height: Math.round(between(10, 30)),
					priority: randomInt(random, 4),
					mode: random() < 0.15 ? 'centred' : 'around',
					yields: random() < 0.3,
					moving: random() < 0.3
				});
				let labels = Array.from({ length: 5 + randomInt(random, 40) }, label);
				const still: Obstacle[] = Array.from({ length: randomInt(random, 8) }, () =>
					random() < 0.5
						? { shape: 'circle', x: between(0, width), y: between(0, height), r: between(2, 10) }
						: { shape: 'box', x: between(0, width), y: between(0, height), width: between(10, 80), height: between(10, 60) }
				);
				// Lines labels keep off where they can: the same array until the map is resized.
				const someLines = () =>
					screenSegments(
						Array.from({ length: randomInt(random, 4) }, () => Array.from({ length: 2 + randomInt(random, 4) }, (): [number, number] => [between(0, width), between(0, height)])),
						(p) => p,
						width,
						height
					);
				let lines = someLines();
				let memory: PlacementMemory | null = null;
				let previous = new Map<string, string>();
				for (let frame = 0; frame < 25; frame++) {
					labels = labels.map((l) => (l.moving ? { ...l, anchor: [l.anchor[0] + between(-12, 12), l.anchor[1] + between(-12, 12)] } : l));
					if (random() < 0.2) labels.splice(randomInt(random, labels.length + 1), 0, label());
					if (random() < 0.2 && labels.length > 1) labels.splice(randomInt(random, labels.length), 1);
					if (random() < 0.08 && labels.length) labels[0] = { ...labels[0]!, priority: randomInt(random, 4) };
					if (random() < 0.05) {
						width = Math.round(between(250, 700));
						lines = someLines();
					} else if (random() < 0.15) {
						// A route came, went or grew: most segments stay (some made again with the same ends), a few go, a few come.
						lines = [...lines.filter(() => random() < 0.8).map((s) => (random() < 0.5 ? s : { ...s })), ...(random() < 0.6 ? someLines() : [])];
					}
					// As on the map, each symbol is an obstacle to every label, its own included.
					const obstacles: Obstacle[] = [...still, ...labels.filter((l) => l.radius > 0).map((l) => ({ shape: 'circle' as const, x: l.anchor[0], y: l.anchor[1], r: l.radius }))];
					const options = { width, height, obstacles, previous, lines };
					const fresh = placeLabels(labels, options);
					const after = placeLabelsAfter(memory, labels, options);
					expect({ placed: after.placed, dropped: after.dropped }).toEqual(fresh);
					memory = after.memory;
					previous = new Map(fresh.placed.map((p) => [p.id, p.slot]));
				}
			}),
			{ numRuns: 60, seed: 11 }
		);
	});
});
