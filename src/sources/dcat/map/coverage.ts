// Temporal and spatial coverage. `dct:temporal` is a `dct:PeriodOfTime` with `dcat:startDate`/
// `dcat:endDate` (DCAT 2), `schema:startDate`/`schema:endDate` (DCAT-AP 1), or OWL-Time instants
// (`time:hasBeginning`/`time:hasEnd` → `time:inXSDDate…`), or a literal ISO interval. `dct:spatial`
// is a `dct:Location` with `dcat:bbox` or `locn:geometry` (see geometry.ts) and names, or a
// place given by a literal name.
import type { SpatialCoverage, TemporalCoverage } from '../../../core/dataset.js';
import { collapseWhitespace } from '../../../core/text.js';
import { dateOf } from '../../common/dates.js';
import { isLiteral } from '../raw.js';
import { DCAT, DCT, GSP, LOCN, RDFS, SCHEMA, SKOS, TIME } from '../rdf/namespaces.js';
import { bboxOfGeometry } from './geometry.js';
import { RdfNode } from './node.js';

const INSTANT_VALUES = [`${TIME}inXSDDateTimeStamp`, `${TIME}inXSDDateTime`, `${TIME}inXSDDate`, `${TIME}inXSDgYear`, `${TIME}inXSDgYearMonth`];

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
  for (const value of dataset.values(`${DCT}temporal`)) {
    if (isLiteral(value)) {
      const [s, e] = value['@value'].split('/');
      widen(dateOf(s?.trim()), dateOf(e?.trim()));
      continue;
    }
    const period = new RdfNode(value);
    widen(
      dateIn(period, [`${DCAT}startDate`, `${SCHEMA}startDate`, `${TIME}hasBeginning`], `${TIME}hasBeginning`),
      dateIn(period, [`${DCAT}endDate`, `${SCHEMA}endDate`, `${TIME}hasEnd`], `${TIME}hasEnd`),
    );
  }
  if (start === undefined && end === undefined) return undefined;
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}

const GEOMETRIES = [`${DCAT}bbox`, `${LOCN}geometry`, `${GSP}asWKT`, `${GSP}asGML`, `${GSP}asGeoJSON`];
const PLACE_NAMES = [`${SKOS}prefLabel`, `${RDFS}label`, `${DCT}title`, `${LOCN}geographicName`, `${SCHEMA}name`];

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
  for (const value of dataset.values(`${DCT}spatial`)) {
    if (isLiteral(value)) {
      if (looksLikeGeometry(value['@value'])) bbox ??= bboxOfGeometry(value['@value']);
      else addPlace(value['@value']);
      continue;
    }
    const location = new RdfNode(value);
    const geometries = [...location.literals(...GEOMETRIES), ...location.nodes(`${LOCN}geometry`, `${GSP}hasGeometry`).flatMap((g) => g.literals(...GEOMETRIES))];
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
