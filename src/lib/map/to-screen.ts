/** Projects a [lon, lat] through the map's projection and zoom to screen pixels (null when not drawn). */
export type ToScreen = (lonLat: [number, number]) => [number, number] | null;
