import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiLineString, Point } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { geoBounds } from 'd3';
import topologyJson from '../../../static/geo/sahel-detail.topo.json';
import type { MapTown } from './reference-towns';

type DetailTopology = Topology<{ rivers: GeometryCollection<{ level: number }>; lakes: GeometryCollection; towns: GeometryCollection<{ name: string; population: number }> }>;

const topology = topologyJson as unknown as DetailTopology;

/**
 * The base map seen zoomed in (static/geo/sahel-detail.topo.json, made by build:geo): permanent
 * rivers by WDBII class (0 a wide river's two banks, 1 major, 2 additional major), lakes, and
 * GeoNames towns, most populous first.
 */
export const sahelDetail = {
	rivers: [0, 1, 2].map((level) => ({
		level,
		lines: mesh(topology, topology.objects.rivers, (a) => (a as unknown as { properties: { level: number } }).properties.level === level) as MultiLineString
	})),
	lakes: feature(topology, topology.objects.lakes) as FeatureCollection,
	/** Each river's and lake's box, [[west, south], [east, north]]: is any water in a view? */
	waterBoxes: [topology.objects.rivers, topology.objects.lakes].flatMap((object) => (feature(topology, object) as FeatureCollection).features.map((f) => geoBounds(f))),
	towns: (feature(topology, topology.objects.towns) as FeatureCollection<Point, { name: string; population: number }>).features.map(
		(f): MapTown => ({
			id: `geonames-${f.id}`,
			name: { en: f.properties.name, fr: f.properties.name },
			lon: f.geometry.coordinates[0]!,
			lat: f.geometry.coordinates[1]!,
			capital: false
		})
	)
};
