// The sizes an image is exported at: the screen's map at 1× or 2×, or a fixed size for slides,
// social posts and 4K screens, laid out at about 1280 px wide and scaled up, so type stays readable.

export const IMAGE_SIZES = ['screen', 'double', 'hd', 'square', '4k'] as const;
export type ImageSize = (typeof IMAGE_SIZES)[number];

export const FIXED_SIZES = { hd: [1920, 1080], square: [1080, 1080], '4k': [3840, 2160] } as const;

/** Layout size in px and how many output pixels each stands for; `mapHeight` instead of `height` keeps the screen's map height. */
export type FrameSize = { width: number; scale: number } & ({ height: number } | { mapHeight: number });

const LAYOUT_WIDTH = 1280;

/** The output pixels of a fixed size, or of the screen's map (its height grows by the header and footer). */
export function frameSize(size: ImageSize, screen: { width: number; height: number }): FrameSize {
	if (size === 'screen' || size === 'double') return { width: screen.width, mapHeight: screen.height, scale: size === 'double' ? 2 : 1 };
	const [width, height] = FIXED_SIZES[size];
	const scale = Math.max(1, width / LAYOUT_WIDTH);
	return { width: width / scale, height: height / scale, scale };
}
