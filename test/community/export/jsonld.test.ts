import { parseDocument } from 'htmlparser2';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { eventJsonLd, jsonLdScript, learningResourceJsonLd, type JsonLdNode } from '../../../src/community/export/jsonld.js';
import type { LearningResource } from '../../../src/core/community/types.js';
import { storedEvent } from './events-fixture.js';

const S = 'https://schema.org/';

// A minimal stand-in for the schema.org context (no network): terms map into the vocabulary and
// `url` is a link, as in the real context.
const SCHEMA_CONTEXT = { '@context': { '@vocab': S, url: { '@id': `${S}url`, '@type': '@id' } } };

interface Term {
  termType: string;
  value: string;
  language?: string;
}
interface Quad {
  subject: Term;
  predicate: Term;
  object: Term;
}

async function quads(doc: JsonLdNode): Promise<Quad[]> {
  const result: unknown = await jsonld.toRDF(doc as Parameters<typeof jsonld.toRDF>[0], {
    documentLoader: async (url: string) => {
      if (url !== 'https://schema.org' && url !== 'https://schema.org/') throw new Error(`unexpected context ${url}`);
      return { contextUrl: undefined, document: SCHEMA_CONTEXT, documentUrl: url };
    },
  } as Parameters<typeof jsonld.toRDF>[1]);
  if (!Array.isArray(result)) throw new Error('no quads');
  return result as Quad[];
}

function objects(all: Quad[], subject: string, predicate: string): Term[] {
  return all.filter((q) => q.subject.value === subject && q.predicate.value === `${S}${predicate}`).map((q) => q.object);
}

function one(all: Quad[], subject: string, predicate: string): Term {
  const found = objects(all, subject, predicate);
  if (found.length !== 1) throw new Error(`${predicate} of ${subject}: ${found.length} values`);
  return found[0]!;
}

const TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const PAGE = 'https://federa.example.ca/fr/community/events/ws-1';

describe('eventJsonLd', () => {
  it('describes a workshop as an EducationEvent with its dates, status, mode, place and organizer', async () => {
    const event = storedEvent({ id: 'ws-1', location: { en: 'Ottawa, Ontario', fr: 'Ottawa (Ontario)' }, description: { en: 'Hands-on session.' } }).data;
    const all = await quads(eventJsonLd(event, { lang: 'fr', pageUrl: PAGE }));
    expect(objects(all, PAGE, 'name')).toHaveLength(1);
    expect(all.find((q) => q.subject.value === PAGE && q.predicate.value === TYPE)?.object.value).toBe(`${S}EducationEvent`);
    expect(one(all, PAGE, 'name').value).toBe('Atelier sur les données ouvertes');
    // The page is French; the description exists only in English and says so.
    expect(one(all, PAGE, 'description')).toMatchObject({ value: 'Hands-on session.', language: 'en' });
    expect(one(all, PAGE, 'startDate').value).toBe('2019-05-29T09:00:00-04:00');
    expect(one(all, PAGE, 'endDate').value).toBe('2019-05-29T12:00:00-04:00');
    expect(one(all, PAGE, 'eventStatus').value).toBe(`${S}EventScheduled`);
    expect(one(all, PAGE, 'eventAttendanceMode').value).toBe(`${S}OfflineEventAttendanceMode`);
    expect(one(all, PAGE, 'url')).toMatchObject({ termType: 'NamedNode', value: PAGE });
    const place = one(all, PAGE, 'location');
    expect(one(all, place.value, 'name').value).toBe('Ottawa (Ontario)');
    const organizer = one(all, PAGE, 'organizer');
    expect(one(all, organizer.value, 'name').value).toBe('Treasury Board of Canada Secretariat');
  });

  it('describes a cancelled online forum as an Event at a VirtualLocation', async () => {
    const event = storedEvent({ id: 'forum', kind: 'international-forum', attendance: 'online', status: 'cancelled', url: 'https://example.org/forum', start: '2020-03-10' }).data;
    const doc = eventJsonLd(event, { lang: 'en' });
    const all = await quads(doc);
    const subject = all.find((q) => q.predicate.value === TYPE && q.object.value === `${S}Event`)?.subject.value;
    if (!subject) throw new Error('no Event');
    expect(one(all, subject, 'eventStatus').value).toBe(`${S}EventCancelled`);
    expect(one(all, subject, 'eventAttendanceMode').value).toBe(`${S}OnlineEventAttendanceMode`);
    expect(one(all, subject, 'startDate').value).toBe('2020-03-10');
    const location = one(all, subject, 'location');
    expect(all.find((q) => q.subject.value === location.value && q.predicate.value === TYPE)?.object.value).toBe(`${S}VirtualLocation`);
    expect(one(all, location.value, 'url').value).toBe('https://example.org/forum');
  });

  it('gives a mixed event both a Place and a VirtualLocation', async () => {
    const event = storedEvent({ id: 'mix', attendance: 'mixed', location: { en: 'Montréal' }, url: 'https://example.org/live' }).data;
    const all = await quads(eventJsonLd(event, { lang: 'en', pageUrl: PAGE }));
    const types = objects(all, PAGE, 'location').map((l) => all.find((q) => q.subject.value === l.value && q.predicate.value === TYPE)?.object.value);
    expect(types.sort()).toEqual([`${S}Place`, `${S}VirtualLocation`]);
  });
});

describe('learningResourceJsonLd', () => {
  const resource: LearningResource = {
    id: 'dl-101',
    title: { en: 'Data literacy 101', fr: 'Littératie des données 101' },
    description: { en: 'An introduction.', fr: 'Une introduction.' },
    url: 'https://example.org/courses/dl-101',
    learningResourceType: 'course',
    educationalLevel: 'beginner',
    teaches: ['reading a CSV file', 'finding open data'],
    audience: ['public servants'],
    inLanguage: ['en', 'fr'],
    license: 'OGL-Canada-2.0',
    timeRequired: 'PT2H',
    publisher: 'Canada School of Public Service',
  };

  it('carries the LRMI properties', async () => {
    const all = await quads(learningResourceJsonLd(resource, { lang: 'en', pageUrl: PAGE }));
    expect(all.find((q) => q.subject.value === PAGE && q.predicate.value === TYPE)?.object.value).toBe(`${S}LearningResource`);
    expect(one(all, PAGE, 'name').value).toBe('Data literacy 101');
    expect(one(all, PAGE, 'learningResourceType').value).toBe('course');
    expect(one(all, PAGE, 'educationalLevel').value).toBe('beginner');
    expect(objects(all, PAGE, 'teaches').map((t) => t.value).sort()).toEqual(['finding open data', 'reading a CSV file']);
    expect(objects(all, PAGE, 'inLanguage').map((t) => t.value).sort()).toEqual(['en', 'fr']);
    expect(one(all, PAGE, 'timeRequired').value).toBe('PT2H');
    expect(one(all, PAGE, 'license').value).toMatch(/^https?:\/\/.*open-government-licence-canada/);
    expect(one(all, one(all, PAGE, 'audience').value, 'audienceType').value).toBe('public servants');
    expect(one(all, one(all, PAGE, 'publisher').value, 'name').value).toBe('Canada School of Public Service');
  });
});

describe('jsonLdScript', () => {
  it('cannot be broken out of by </script>, comments or line separators in a title', () => {
    const title = '</script><script>alert(1)</script><!-- & \u2028\u2029 ]]>';
    const doc = eventJsonLd(storedEvent({ id: 'x', title: { en: title } }).data, { lang: 'en' });
    const markup = jsonLdScript(doc);
    expect(markup).not.toMatch(/<\/script>(?!$)/);
    expect(markup).not.toMatch(/[\u2028\u2029]/);
    const page = parseDocument(`<!doctype html><html><head>${markup}</head><body><p>after</p></body></html>`);
    const scripts: { attribs: Record<string, string>; text: string }[] = [];
    const walk = (n: unknown): void => {
      const element = n as { type?: string; name?: string; attribs?: Record<string, string>; children?: unknown[] };
      if (element.type === 'script') scripts.push({ attribs: element.attribs ?? {}, text: (element.children ?? []).map((c) => (c as { data?: string }).data ?? '').join('') });
      for (const c of element.children ?? []) walk(c);
    };
    walk(page);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.attribs.type).toBe('application/ld+json');
    expect(JSON.parse(scripts[0]!.text)).toEqual(doc);
    expect((JSON.parse(scripts[0]!.text) as { name: string }).name).toBe(title);
  });
});
