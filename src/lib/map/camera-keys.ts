/** What a key asks of the map's camera: the keyboard's share of the zoom and pan gestures. */
export type CameraKeyAction = { zoom: number } | { pan: [dx: number, dy: number] } | 'reset';

/** One step of zoom, by key or by the map's + and − buttons. */
export const ZOOM_STEP = 1.6;
const PAN_PX = 60;

/** +, −, 0 and the arrow keys (the map moves the way the arrow points the view); null for any other key. */
export function cameraKeyAction(key: string): CameraKeyAction | null {
	switch (key) {
		case '+':
		case '=':
			return { zoom: ZOOM_STEP };
		case '-':
		case '_':
			return { zoom: 1 / ZOOM_STEP };
		case '0':
			return 'reset';
		case 'ArrowLeft':
			return { pan: [PAN_PX, 0] };
		case 'ArrowRight':
			return { pan: [-PAN_PX, 0] };
		case 'ArrowUp':
			return { pan: [0, PAN_PX] };
		case 'ArrowDown':
			return { pan: [0, -PAN_PX] };
		default:
			return null;
	}
}
