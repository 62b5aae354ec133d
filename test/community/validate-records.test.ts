import { describe, expect, it } from 'vitest';
import type { CommunityKind } from '../../src/core/community/types.js';
import { validateRecord, validateReplacement, type FieldError } from '../../src/community/validate/records.js';

function errorsOf(kind: CommunityKind, input: unknown): FieldError[] {
  const outcome = validateRecord(kind, input);
  if ('record' in outcome) throw new Error(`expected errors, got ${JSON.stringify(outcome.record)}`);
  return outcome.errors;
}

function recordOf<K extends CommunityKind>(kind: K, input: unknown) {
  const outcome = validateRecord(kind, input);
  if ('errors' in outcome) throw new Error(`expected a record, got ${JSON.stringify(outcome.errors)}`);
  return outcome.record;
}

const fields = (errors: FieldError[]) => errors.map((e) => e.field).sort();

const EVENT = {
  kind: 'bilateral-peer-learning',
  title: { en: 'Peer learning with Québec', fr: 'Apprentissage entre pairs avec le Québec' },
  start: '2019-05-29T09:00:00-04:00',
  end: '2019-05-29T17:00:00-04:00',
  timeZone: 'America/Toronto',
  attendance: 'in-person',
  countries: ['ca', 'FR'],
};

describe('validateRecord', () => {
  it('makes ids deterministically from names and dates when none is given', () => {
    const event = recordOf('event', EVENT);
    expect(event.id).toBe('peer-learning-with-quebec-2019-05-29');
    expect(event.countries).toEqual(['CA', 'FR']);
    expect(event.status).toBe('confirmed');
    expect(recordOf('event', EVENT).id).toBe(event.id);
    expect(recordOf('charter-adoption', { government: { fr: 'Ville de Montréal' }, level: 'municipal', region: 'CA-QC', date: '2017-03-07', evidence: 'https://montreal.ca/motion' }).id).toBe(
      'ville-de-montreal-2017-03-07',
    );
    expect(recordOf('declaration', { title: { en: 'Ottawa Declaration' }, date: '2019-05', openGovernmentLanguage: true }).id).toBe('ottawa-declaration-2019-05');
    expect(recordOf('learning-resource', { title: { en: 'Open Data 101' }, url: 'https://example.ca/101', learningResourceType: 'course', inLanguage: ['en', 'fr-CA'] }).id).toBe('open-data-101');
  });

  it('makes plan, commitment, milestone, indicator and IRM ids from their codes', () => {
    expect(recordOf('plan', { member: 'CAN', number: 4, cycle: 2018, title: { en: 'Plan 4' }, cadence: 'quarterly', periods: ['2019-03', '2019-06'] }).id).toBe('AP_CAN04');
    expect(recordOf('commitment', { ogpId: 'CA0073', plan: 'AP_CAN04', code: 'C10', title: { en: 'Community' } }).id).toBe('CA0073');
    expect(recordOf('commitment', { plan: 'AP_CAN05', code: 'C01', title: { en: 'Something' } }).id).toBe('AP_CAN05:C01');
    expect(recordOf('milestone', { plan: 'AP_CAN04', commitment: 'CA0073', code: 'C10.5', title: { en: 'Milestone' } }).id).toBe('AP_CAN04:C10.5');
    const indicator = recordOf('indicator', {
      plan: 'AP_CAN04',
      commitment: 'CA0073',
      code: 'C10.5.1',
      text: { en: 'Five governments adopt the charter' },
      deadline: { precision: 'month', from: '2020-05-01', due: '2020-05-31', text: { en: 'May 2020' } },
      targets: [{ label: { en: 'adoptions' }, target: 5, count: { of: 'charter-adoptions', levels: ['provincial', 'municipal'] } }],
      deadlineHistory: [{ forged: true }],
    });
    expect(indicator).toMatchObject({ id: 'AP_CAN04:C10.5.1', milestone: 'AP_CAN04:C10.5', deadlineHistory: [] });
    expect(recordOf('irm', { commitment: 'CA0073', report: 'progress', year: 2019, completion: 'Substantial' }).id).toBe('CA0073:progress:2019');
  });

  it('names every bad field of an event, in English and French', () => {
    const errors = errorsOf('event', {
      ...EVENT,
      kind: 'party',
      start: '2019-05-29T09:00:00',
      end: '2019-02-30',
      timeZone: 'Mars/Olympus',
      countries: ['CA', 'XX', 'CAN'],
      url: 'javascript:alert(1)',
      title: { en: 'x'.repeat(501) },
    });
    expect(fields(errors)).toEqual(['countries[1]', 'countries[2]', 'end', 'kind', 'start', 'timeZone', 'title.en', 'url']);
    for (const error of errors) {
      expect(error.en.startsWith(`${error.field}: `)).toBe(true);
      expect(error.fr.startsWith(`${error.field} : `)).toBe(true);
      expect(error.fr).not.toBe(error.en.replace(': ', ' : '));
    }
    expect(errors.find((e) => e.field === 'url')?.en).toContain('http(s)');
    expect(errors.find((e) => e.field === 'timeZone')?.fr).toContain('fuseau horaire IANA');
  });

  it('refuses an end before the start and a mix of all-day and timed ends', () => {
    expect(fields(errorsOf('event', { ...EVENT, end: '2019-05-29T08:00:00-04:00' }))).toEqual(['end']);
    expect(fields(errorsOf('event', { ...EVENT, end: '2019-05-30' }))).toEqual(['end']);
    // The same instant written with another offset is not before the start.
    expect(recordOf('event', { ...EVENT, end: '2019-05-29T13:00:00Z' }).end).toBe('2019-05-29T13:00:00Z');
    expect(recordOf('event', { ...EVENT, start: '2019-05-29', end: '2019-05-31' }).start).toBe('2019-05-29');
  });

  it('checks partial dates, durations, language tags and ISO 3166 regions', () => {
    const resource = { title: { en: 'Course' }, url: 'https://example.ca/c', learningResourceType: 'course', inLanguage: ['en'] };
    expect(fields(errorsOf('learning-resource', { ...resource, timeRequired: '2 hours', inLanguage: ['en', 'not a tag!'] }))).toEqual(['inLanguage[1]', 'timeRequired']);
    expect(recordOf('learning-resource', { ...resource, timeRequired: 'PT1H30M' }).timeRequired).toBe('PT1H30M');
    const adoption = { government: { en: 'Edmonton' }, level: 'municipal', evidence: 'https://edmonton.ca/x' };
    expect(fields(errorsOf('charter-adoption', { ...adoption, date: '2017-13', region: 'CA-ZZ' }))).toEqual(['date', 'region']);
    expect(fields(errorsOf('charter-adoption', { ...adoption, date: '2017-02-29' }))).toEqual(['date']);
    expect(recordOf('charter-adoption', { ...adoption, date: '2017', region: 'ca-ab' }).region).toBe('CA-AB');
    expect(fields(errorsOf('charter-adoption', { ...adoption, date: '2017', level: 'galactic', evidence: 'ftp://x.ca/a' }))).toEqual(['evidence', 'level']);
  });

  it('names unknown fields, missing required fields and a whole input of the wrong type', () => {
    expect(fields(errorsOf('declaration', { title: { en: 'D' }, date: '2019', openGovernmentLanguage: true, colour: 'red' }))).toEqual(['colour']);
    expect(fields(errorsOf('declaration', { title: {} }))).toEqual(['date', 'openGovernmentLanguage', 'title']);
    expect(fields(errorsOf('declaration', 'a string'))).toEqual(['(record)']);
    expect(fields(errorsOf('commitment', { plan: 'AP_CAN05', title: { en: 'No way to name it' } }))).toEqual(['code']);
    expect(fields(errorsOf('declaration', { title: { en: '!!!' }, date: '2019', openGovernmentLanguage: true }))).toEqual(['title']);
  });

  it('checks deadlines against their precision', () => {
    const base = { plan: 'AP_CAN04', commitment: 'CA0073', code: 'C10.1.1', text: { en: 'x' } };
    expect(fields(errorsOf('indicator', { ...base, deadline: { precision: 'month', text: {} } }))).toEqual(['deadline.due']);
    expect(fields(errorsOf('indicator', { ...base, deadline: { precision: 'ongoing', due: '2020-01-01' } }))).toEqual(['deadline.due']);
    expect(fields(errorsOf('indicator', { ...base, deadline: { precision: 'year', from: '2021-01-01', due: '2020-12-31' } }))).toEqual(['deadline.from']);
    expect(fields(errorsOf('indicator', { ...base, deadline: { precision: 'ongoing' }, targets: [{ label: { en: 't' }, target: -1, count: { of: 'stars' } }] }))).toEqual([
      'targets[0].count.of',
      'targets[0].target',
    ]);
    expect(fields(errorsOf('plan', { member: 'CAN', number: 4, cycle: 2018, title: { en: 'P' }, cadence: 'quarterly', periods: ['2019-06', '2019-03'] }))).toEqual(['periods[1]']);
  });

  it('caps list lengths', () => {
    const many = Array.from({ length: 201 }, (_, n) => `Organizer ${n}`);
    expect(fields(errorsOf('event', { ...EVENT, organizers: many }))).toEqual(['organizers']);
  });
});

describe('validateReplacement', () => {
  it('takes the id from the path when the body has none, and refuses another', () => {
    const body = { title: { en: 'Ottawa Declaration' }, date: '2019-05', openGovernmentLanguage: true };
    const kept = validateReplacement('declaration', 'my-declaration', body);
    expect('record' in kept && kept.record.id).toBe('my-declaration');
    const other = validateReplacement('declaration', 'my-declaration', { ...body, id: 'another' });
    expect('errors' in other && fields(other.errors)).toEqual(['id']);
  });
});
