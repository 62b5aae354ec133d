// What identifies a record in a listing, and its modification stamp, read from its tree.
import { dateStampOf } from './iso/dates.js';
import { propertyText } from './iso/values.js';
import { ISO_RECORDS } from './response.js';
import { detach } from './xml/detach.js';
import { child, ownText, type XmlElement } from './xml/tree.js';

export interface RecordIdentity {
  remoteId?: string;
  /** An instant that changes whenever the record does: only a `gmd:dateStamp` with a time
   * (a date alone would hide same-day edits). */
  modified?: string;
}

/** The record's identifier and stamp; the identifier is detached from the page's text, since
 * the harvester keeps it for the whole run. */
export function recordIdentity(element: XmlElement): RecordIdentity {
  if (ISO_RECORDS.has(element.name)) {
    const found = propertyText(child(element, 'gmd:fileIdentifier'));
    const remoteId = found === undefined ? undefined : detach(found);
    const stamp = dateStampOf(element);
    return { ...(remoteId !== undefined ? { remoteId } : {}), ...(stamp?.precise ? { modified: stamp.instant } : {}) };
  }
  const remoteId = ownText(child(element, 'dc:identifier'));
  return remoteId !== undefined ? { remoteId: detach(remoteId) } : {};
}
