// What goes wrong with a CSW server as a whole (as opposed to one record): an OWS exception
// report, a response that is not CSW, a document that is not well-formed XML.
import { XmlSubtreeReader } from './xml/reader.js';
import { attr, childrenNamed, ownText, type XmlElement } from './xml/tree.js';

export class CswError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'CswError';
  }
}

/** `InvalidParameterValue (outputSchema): the schema is not supported` for each exception. */
export function describeExceptionReport(report: XmlElement): string {
  const parts: string[] = [];
  for (const exception of childrenNamed(report, 'ows:Exception')) {
    const code = attr(exception, 'exceptionCode');
    const locator = attr(exception, 'locator');
    const texts = childrenNamed(exception, 'ows:ExceptionText')
      .map((t) => ownText(t))
      .filter((t): t is string => t !== undefined)
      .map((t) => t.replace(/\s+/g, ' '));
    const head = [code, locator !== undefined ? `(${locator})` : undefined].filter((x) => x !== undefined).join(' ');
    parts.push([head, texts.join(' ')].filter((x) => x !== '').join(': '));
  }
  const text = parts.filter((p) => p !== '').join('; ');
  return text === '' ? 'an exception report without details' : text;
}

export function exceptionError(report: XmlElement, url: string): CswError {
  return new CswError(`the CSW server at ${url} answered with an exception: ${describeExceptionReport(report)}`, url);
}

/** The exception report in an error page's body (servers send them with HTTP 400 or 500). */
export function exceptionInBody(body: string | undefined): string | undefined {
  if (body === undefined || !body.includes('ExceptionReport')) return undefined;
  let report: XmlElement | undefined;
  const reader = new XmlSubtreeReader({ where: 'the error response', select: (_name, depth) => depth === 0, onSubtree: (tree) => (report = tree) });
  reader.write(body.replace(/^[\s\uFEFF]+/, ''));
  reader.end();
  return report?.name === 'ows:ExceptionReport' ? describeExceptionReport(report) : undefined;
}
