// Reading one CSW response as it streams in: the `csw:SearchResults` counts, then each record as
// a small tree. A response that is an exception report, not CSW, or not well-formed outside its
// records rejects; a record that is not well-formed travels with its errors.
import { CswError, exceptionError } from './errors.js';
import { XmlSubtreeReader } from './xml/reader.js';
import type { XmlElement } from './xml/tree.js';

/** ISO 19139 records (ISO 19115-2 `gmi:MI_Metadata` extends them). */
export const ISO_RECORDS = new Set(['gmd:MD_Metadata', 'gmi:MI_Metadata']);
/** Dublin Core records, what a server sends for `outputSchema=csw:Record`. */
export const DUBLIN_CORE_RECORDS = new Set(['csw:Record', 'csw:SummaryRecord', 'csw:BriefRecord']);

const RESPONSE_ROOTS = new Set(['csw:GetRecordsResponse', 'csw:GetRecordByIdResponse']);

export interface SearchResults {
  /** `numberOfRecordsMatched`: the whole listing. */
  matched?: number;
  /** `numberOfRecordsReturned`. */
  returned?: number;
  /** `nextRecord`: 0 at the end; absent on some servers. */
  next?: number;
}

export interface ReadRecord {
  element: XmlElement;
  /** Well-formedness errors inside the record: it cannot be trusted. */
  errors: string[];
  /** Its position in the response, from 0. */
  index: number;
}

export interface RecordsResponse {
  searchResults?: SearchResults;
  records: ReadRecord[];
}

function count(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number(value);
}

/** Reads a GetRecords (or GetRecordById) response, or a single ISO record document. */
export async function readRecordsResponse(texts: AsyncIterable<string>, url: string): Promise<RecordsResponse> {
  const records: ReadRecord[] = [];
  let report: XmlElement | undefined;
  let searchResults: SearchResults | undefined;
  const reader = new XmlSubtreeReader({
    where: url,
    select: (name, depth) => ISO_RECORDS.has(name) || DUBLIN_CORE_RECORDS.has(name) || (depth === 0 && name === 'ows:ExceptionReport'),
    onOpen(name, attrs) {
      if (name !== 'csw:SearchResults') return;
      const matched = count(attrs['numberOfRecordsMatched']);
      const returned = count(attrs['numberOfRecordsReturned']);
      const next = count(attrs['nextRecord']);
      searchResults = {
        ...(matched !== undefined ? { matched } : {}),
        ...(returned !== undefined ? { returned } : {}),
        ...(next !== undefined ? { next } : {}),
      };
    },
    onSubtree(element, errors) {
      if (element.name === 'ows:ExceptionReport') report = element;
      else records.push({ element, errors, index: records.length });
    },
  });
  for await (const text of texts) reader.write(text);
  const outcome = reader.end();
  if (report !== undefined) throw exceptionError(report, url);
  const root = outcome.root;
  if (root === undefined || (!RESPONSE_ROOTS.has(root) && !ISO_RECORDS.has(root))) {
    const what = root === undefined ? 'no XML element' : `a <${root}> document`;
    const first = outcome.errors[0];
    throw new CswError(`the response from ${url} is not a CSW GetRecords response: it holds ${what}${first !== undefined ? ` (${first})` : ''}`, url);
  }
  if (outcome.errors.length > 0) {
    const more = outcome.errors.length > 1 ? ` (and ${outcome.errors.length - 1} more errors)` : '';
    throw new CswError(`the response from ${url} is not well-formed XML: ${outcome.errors[0] ?? ''}${more}`, url);
  }
  return { ...(searchResults !== undefined ? { searchResults } : {}), records };
}

