// Temporal and spatial coverage. `dct:temporal` is a `dct:PeriodOfTime` with `dcat:startDate`/
// `dcat:endDate` (DCAT 2), `schema:startDate`/`schema:endDate` (DCAT-AP 1), or OWL-Time instants
// (`time:hasBeginning`/`time:hasEnd` → `time:inXSDDate…`), or a literal ISO interval. `dct:spatial`
// is a `dct:Location` with `dcat:bbox` or `locn:geometry` (see geometry.ts) and names, or a
// place given by a literal name.
import type { SpatialCoverage, TemporalCoverage } from '../../../core/dataset.js';
import { collapseWhitespace } from '../../../core/text.js';
import { dateOf } from '../../common/dates.js';
import { isLiteral } from '../raw.js';
import { DCAT } from '../rdf/namespaces.js';
import { bboxOfGeometry } from './geometry.js';
import { RdfNode } from './node.js';
import { P } from './predicates.js';

const INSTANT_VALUES = [P.TIME_inXSDDateTimeStamp, P.TIME_inXSDDateTime, P.TIME_inXSDDate, P.TIME_inXSDgYear, P.TIME_inXSDgYearMonth];

function dateIn(node: RdfNode, direct: string[], instant: string): string | undefined {
  for (const text of node.texts(...direct)) {
    const date = dateOf(text);
    if (date !== undefined) return date;
  }
  for (const inner of node.nodes(instant)) {
    for (const text of inner.texts(...INSTANT_VALUES)) {
      const date = dateOf(text);
      if (date !== undefined) return date;
    }
  }
  return undefined;
}

export function temporalOf(dataset: RdfNode): TemporalCoverage | undefined {
  let start: string | undefined;
  let end: string | undefined;
  const widen = (s: string | undefined, e: string | undefined) => {
    if (s !== undefined && (start === undefined || s < start)) start = s;
    if (e !== undefined && (end === undefined || e > end)) end = e;
  };
  for (const value of dataset.values(P.DCT_temporal)) {
    if (isLiteral(value)) {
      const [s, e] = value['@value'].split('/');
      widen(dateOf(s?.trim()), dateOf(e?.trim()));
      continue;
    }
    const period = new RdfNode(value);
    widen(
      dateIn(period, [P.DCAT_startDate, P.SCHEMA_startDate, P.TIME_hasBeginning], P.TIME_hasBeginning),
      dateIn(period, [P.DCAT_endDate, P.SCHEMA_endDate, P.TIME_hasEnd], P.TIME_hasEnd),
    );
  }
  if (start === undefined && end === undefined) return undefined;
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}

const GEOMETRIES = [P.DCAT_bbox, P.LOCN_geometry, P.GSP_asWKT, P.GSP_asGML, P.GSP_asGeoJSON];
const PLACE_NAMES = [P.SKOS_prefLabel, P.RDFS_label, P.DCT_title, P.LOCN_geographicName, P.SCHEMA_name];

function looksLikeGeometry(text: string): boolean {
  return /^\s*(?:[{<]|(?:SRID=\d+;\s*)?(?:POLYGON|MULTIPOLYGON|POINT|ENVELOPE|LINESTRING|BBOX)\b)/i.test(text);
}

export function spatialOf(dataset: RdfNode): SpatialCoverage | undefined {
  let bbox: SpatialCoverage['bbox'];
  const places: string[] = [];
  const addPlace = (text: string) => {
    const name = collapseWhitespace(text);
    if (name !== '' && !places.includes(name)) places.push(name);
  };
  for (const value of dataset.values(P.DCT_spatial)) {
    if (isLiteral(value)) {
      if (looksLikeGeometry(value['@value'])) bbox ??= bboxOfGeometry(value['@value']);
      else addPlace(value['@value']);
      continue;
    }
    const location = new RdfNode(value);
    const geometries = [...location.literals(...GEOMETRIES), ...location.nodes(P.LOCN_geometry, P.GSP_hasGeometry).flatMap((g) => g.literals(...GEOMETRIES))];
    for (const geometry of geometries) {
      bbox ??= bboxOfGeometry(geometry['@value']);
      if (bbox) break;
    }
    // Several labels of one place are one place: its first name only (values come sorted by language).
    const name = location.literals(...PLACE_NAMES).find((l) => l['@language'] === undefined || l['@language'].startsWith('en') || l['@language'].startsWith('fr'));
    if (name !== undefined) addPlace(name['@value']);
  }
  if (bbox === undefined && places.length === 0) return undefined;
  return { ...(bbox ? { bbox } : {}), ...(places.length > 0 ? { places } : {}) };
}
