import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import topologyJson from '../../../static/geo/africa.topo.json';

/** Africa in one outline (static/geo/africa.topo.json, made by build:geo), for the locator inset. */
export const africaOutline = feature(
	topologyJson as unknown as Topology<{ africa: GeometryCollection }>,
	(topologyJson as unknown as Topology<{ africa: GeometryCollection }>).objects.africa
) as unknown as Feature<MultiPolygon>;
