// Maps an ISO document given as text, as the CSW source would.
import { mapCswRecord, type CswMapContext } from '../../../../src/sources/csw/map.js';
import { readRecordsResponse } from '../../../../src/sources/csw/response.js';
import type { MapResult, MappedRecord } from '../../../../src/sources/source.js';
import type { XmlElement } from '../../../../src/sources/csw/xml/tree.js';
import { cswSettings } from './csw-server.js';

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

export async function treeOf(xml: string): Promise<XmlElement> {
  const response = await readRecordsResponse(once(xml), 'test.xml');
  const record = response.records[0];
  if (record === undefined) throw new Error('no record in the document');
  if (record.errors.length > 0) throw new Error(record.errors.join('; '));
  return record.element;
}

export async function mapXml(xml: string, context: Partial<CswMapContext> = {}): Promise<MapResult> {
  return mapCswRecord(await treeOf(xml), { settings: context.settings ?? cswSettings('http://127.0.0.1/csw'), ...(context.recordUrl ? { recordUrl: context.recordUrl } : {}) });
}

export async function mappedXml(xml: string, context: Partial<CswMapContext> = {}): Promise<MappedRecord> {
  const result = await mapXml(xml, context);
  if (result.kind !== 'record') throw new Error(`${result.kind}: ${result.reason}`);
  return result.record;
}
