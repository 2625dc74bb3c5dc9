// The map's symbols (map/symbols.ts) with the styles MapSymbol.svg.svelte gives them, resolved, at
// the origin: the exported map and its legend both draw with these.
import * as symbols from '../map/symbols';
import type { Known, Role } from '../map/map-key';
import { PALETTE as C } from './palette';
import type { Mark, Paint } from './frame';

const ROLE_COLOUR: Record<Role, string> = { attackers: C.attackers, responders: C.responders };
const ROUTE_DASH: Record<Known, readonly number[] | undefined> = { documented: undefined, reported: [8, 5], inferred: [1, 5] };
const RIVER_WIDTH: Record<number, number> = { 0: 1, 1: 1.6, 2: 1.1 };

export type SymbolSpec =
	| { kind: 'incident'; r: number; underWay?: boolean; past?: boolean; focused?: boolean }
	| { kind: 'mover'; role: Role; arrived?: boolean }
	| { kind: 'route'; role: Role; known: Known; d: string }
	| { kind: 'flight' | 'ring'; d: string }
	| { kind: 'river'; d: string; level: number }
	| { kind: 'surface'; d: string; colour: string }
	| { kind: 'crossing' | 'aircraft' | 'base' | 'offscreen' | 'dispute' | 'town' | 'capital' };

const RESPONDER: Paint = { fill: C.responders, stroke: C.halo, strokeWidth: 1 };

export function symbolMarks(spec: SymbolSpec): Mark[] {
	switch (spec.kind) {
		case 'incident': {
			const disc: Mark = {
				kind: 'circle',
				cx: 0,
				cy: 0,
				r: spec.r,
				fill: C.incident,
				fillOpacity: 0.8,
				stroke: spec.focused ? C.ink : C['incident-edge'],
				strokeWidth: spec.focused ? 3 : spec.past ? 1 : 1.5
			};
			const halo: Mark = { kind: 'circle', cx: 0, cy: 0, r: spec.r + symbols.INCIDENT_HALO, stroke: C['incident-edge'], strokeWidth: 2, dash: [3, 2] };
			return spec.underWay ? [halo, disc] : [disc];
		}
		case 'mover':
			return [
				{
					kind: 'circle',
					cx: 0,
					cy: 0,
					r: spec.arrived ? symbols.MOVER_ARRIVED_RADIUS : symbols.MOVER_RADIUS,
					fill: ROLE_COLOUR[spec.role],
					stroke: C.halo,
					strokeWidth: 1.5,
					...(spec.arrived ? { opacity: 0.6 } : {})
				}
			];
		case 'route': {
			const dash = ROUTE_DASH[spec.known];
			return [{ kind: 'path', d: spec.d, stroke: ROLE_COLOUR[spec.role], strokeWidth: 2.5, lineCap: 'round', ...(dash ? { dash } : {}) }];
		}
		case 'flight':
			return [{ kind: 'path', d: spec.d, stroke: C.responders, strokeWidth: 2, dash: [2, 4] }];
		case 'ring':
			return [{ kind: 'path', d: spec.d, fill: C.responders, fillOpacity: 0.05, stroke: C.responders, strokeWidth: 1.5 }];
		case 'surface':
			return [{ kind: 'path', d: spec.d, fill: spec.colour, fillOpacity: 0.06, stroke: spec.colour, strokeOpacity: 0.9, strokeWidth: 1.2 }];
		case 'river':
			return [{ kind: 'path', d: spec.d, stroke: C.coast, strokeWidth: RIVER_WIDTH[spec.level] ?? 1.6, lineCap: 'round', lineJoin: 'round' }];
		case 'crossing':
			return [{ kind: 'path', d: symbols.CROSSING_PATH, stroke: C.ink, strokeWidth: 2 }];
		case 'aircraft':
			return [{ kind: 'path', d: symbols.AIRCRAFT_PATH, ...RESPONDER }];
		case 'base':
			return [{ kind: 'path', d: symbols.BASE_PATH, ...RESPONDER }];
		case 'offscreen':
			return [{ kind: 'path', d: symbols.OFFSCREEN_PATH, ...RESPONDER }];
		case 'dispute':
			return [{ kind: 'circle', cx: 0, cy: 0, r: symbols.DISPUTE_RADIUS, stroke: C.disputed, strokeWidth: 2.5, dash: [5, 4] }];
		case 'town':
			return [{ kind: 'circle', cx: 0, cy: 0, r: symbols.TOWN_RADIUS, fill: C.ink, stroke: C.halo, strokeWidth: 1.5 }];
		case 'capital': {
			const half = symbols.CAPITAL_HALF;
			return [{ kind: 'rect', x: -half, y: -half, width: 2 * half, height: 2 * half, fill: C.ink, stroke: C.halo, strokeWidth: 1.5 }];
		}
	}
}
