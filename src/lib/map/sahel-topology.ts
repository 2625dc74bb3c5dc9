import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import topologyJson from '../../../static/geo/sahel.topo.json';

/** A country by its ISO 3166-1 numeric id; its name comes from Intl (i18n/country-names). */
export type CountryFeature = Feature<Geometry, object | null> & { id: string };

type SahelTopology = Topology<{ countries: GeometryCollection }>;

/** Mali, Niger and Burkina Faso: the Liptako–Gourma countries the map centres on. */
export const TRI_BORDER_COUNTRIES = ['466', '562', '854'] as const;

export interface SahelMapData {
	countries: CountryFeature[];
	/** Every land border between two countries. */
	borders: MultiLineString;
	/** The borders among the Liptako–Gourma countries, drawn stronger. */
	triBorders: MultiLineString;
	/** Coastlines and the outer edge of the mapped countries. */
	outline: MultiLineString;
}

const isTriBorderCountry = (id: unknown) =>
	(TRI_BORDER_COUNTRIES as readonly unknown[]).includes(id);

export function sahelMapData(topology: SahelTopology): SahelMapData {
	const object = topology.objects.countries;
	const collection = feature(topology, object);
	return {
		countries: collection.features.map((f) => ({ ...f, id: String(f.id) })),
		borders: mesh(topology, object, (a, b) => a !== b),
		triBorders: mesh(
			topology,
			object,
			(a, b) => a !== b && isTriBorderCountry(a.id) && isTriBorderCountry(b.id)
		),
		outline: mesh(topology, object, (a, b) => a === b)
	};
}

const sahelTopology = topologyJson as unknown as SahelTopology;

export const sahelMap: SahelMapData = sahelMapData(sahelTopology);

/** The border two countries share, from the topology's shared arcs (empty when they do not touch). */
export function sharedBorder(idA: string, idB: string): MultiLineString {
	const pair = [idA, idB].sort().join();
	return mesh(sahelTopology, sahelTopology.objects.countries, (a, b) => [a.id, b.id].sort().join() === pair);
}
