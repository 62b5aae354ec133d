import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventsToIcs } from '../../../src/community/export/ics.js';
import { storedEvent } from './events-fixture.js';

const HOST = 'federa.example.ca';

function parse(body: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent');
}

function byUid(events: ICAL.Component[], uid: string): ICAL.Component {
  const found = events.find((e) => e.getFirstPropertyValue('uid') === uid);
  if (!found) throw new Error(`no VEVENT with UID ${uid}`);
  return found;
}

function instant(event: ICAL.Component, name: 'dtstart' | 'dtend' | 'dtstamp'): string {
  const value = event.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) throw new Error(`${name} is not a time`);
  return value.toJSDate().toISOString();
}

describe('eventsToIcs', () => {
  it('gives each event a stable UID, SEQUENCE = revision and DTSTAMP = updatedAt', () => {
    const records = [storedEvent({ id: 'ogp-summit-2019' }, { revision: 3, updatedAt: '2019-05-01T10:20:30.000Z' }), storedEvent({ id: 'idc-2018' })];
    const first = eventsToIcs(records, { lang: 'en', host: HOST });
    const again = eventsToIcs(records, { lang: 'en', host: HOST });
    const events = parse(first.body);
    expect(events).toHaveLength(2);
    expect(parse(again.body).map((e) => e.getFirstPropertyValue('uid'))).toEqual(events.map((e) => e.getFirstPropertyValue('uid')));
    const summit = byUid(events, `ogp-summit-2019@${HOST}`);
    expect(summit.getFirstPropertyValue('sequence')).toBe(3);
    expect(instant(summit, 'dtstamp')).toBe('2019-05-01T10:20:30.000Z');
    expect(byUid(events, `idc-2018@${HOST}`).getFirstPropertyValue('sequence')).toBe(0);
  });

  it('writes 09:00 America/Toronto as 13:00Z in summer and 14:00Z in winter, with TZID and VTIMEZONE', () => {
    const { body } = eventsToIcs(
      [
        storedEvent({ id: 'summer', start: '2019-05-29T09:00:00-04:00', end: '2019-05-29T17:30:00-04:00' }),
        storedEvent({ id: 'winter', start: '2020-01-15T09:00:00-05:00', end: undefined }),
      ],
      { lang: 'en', host: HOST },
    );
    expect(body).toContain('DTSTART;TZID=America/Toronto:20190529T090000\r\n');
    expect(body).toContain('DTSTART;TZID=America/Toronto:20200115T090000\r\n');
    const calendar = new ICAL.Component(ICAL.parse(body));
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['America/Toronto']);
    const events = calendar.getAllSubcomponents('vevent');
    const start = byUid(events, `summer@${HOST}`).getFirstPropertyValue('dtstart');
    expect(start instanceof ICAL.Time && start.zone?.tzid).toBe('America/Toronto');
    expect(instant(byUid(events, `summer@${HOST}`), 'dtstart')).toBe('2019-05-29T13:00:00.000Z');
    expect(instant(byUid(events, `summer@${HOST}`), 'dtend')).toBe('2019-05-29T21:30:00.000Z');
    expect(instant(byUid(events, `winter@${HOST}`), 'dtstart')).toBe('2020-01-15T14:00:00.000Z');
    expect(byUid(events, `winter@${HOST}`).hasProperty('dtend')).toBe(false);
  });

  it('gives instants that an independent parser reads back exactly, in zones north, south, with half-hour shifts, abolished DST or none', () => {
    const zones = ['America/Toronto', 'America/St_Johns', 'Australia/Sydney', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Asia/Kolkata', 'Europe/Paris'];
    // Every 5 days and 7 hours over two years, so hours near each change of offset come up too.
    const instants = Array.from({ length: 150 }, (_, i) => Date.UTC(2019, 0, 1) + i * (5 * 24 + 7) * 3_600_000);
    const records = zones.flatMap((timeZone) =>
      instants.map((ms, i) => storedEvent({ id: `${timeZone}-${i}`, timeZone, start: new Date(ms).toISOString().replace('.000Z', 'Z'), end: undefined })),
    );
    const events = parse(eventsToIcs(records, { lang: 'en', host: HOST }).body);
    expect(events).toHaveLength(records.length);
    for (const record of records) expect(instant(byUid(events, `${record.id}@${HOST}`), 'dtstart'), record.id).toBe(new Date(record.data.start).toISOString());
  });

  it('writes an event whose zone is unknown here in UTC', () => {
    const { body } = eventsToIcs([storedEvent({ id: 'nowhere', timeZone: 'Mars/Olympus_Mons' })], { lang: 'en', host: HOST });
    expect(body).toContain('DTSTART:20190529T130000Z\r\n');
    expect(body).not.toContain('VTIMEZONE');
  });

  it('makes all-day events of dates, the end day included', () => {
    const { body } = eventsToIcs([storedEvent({ id: 'forum', start: '2019-09-26', end: '2019-09-27' })], { lang: 'en', host: HOST });
    const event = byUid(parse(body), `forum@${HOST}`);
    const start = event.getFirstPropertyValue('dtstart');
    const end = event.getFirstPropertyValue('dtend');
    if (!(start instanceof ICAL.Time) || !(end instanceof ICAL.Time)) throw new Error('dates expected');
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2019-09-26');
    expect(end.toString()).toBe('2019-09-28');
  });

  it('writes the requested language and falls back to the other one', () => {
    const records = [
      storedEvent({ id: 'both', location: { en: 'Ottawa, Ontario', fr: 'Ottawa (Ontario)' }, url: 'https://example.org/event?a=1&b=2' }),
      storedEvent({ id: 'en-only', title: { en: 'Only in English' }, description: {} }),
    ];
    const fr = parse(eventsToIcs(records, { lang: 'fr', host: HOST }).body);
    expect(byUid(fr, `both@${HOST}`).getFirstPropertyValue('summary')).toBe('Atelier sur les données ouvertes');
    expect(byUid(fr, `both@${HOST}`).getFirstPropertyValue('location')).toBe('Ottawa (Ontario)');
    expect(byUid(fr, `both@${HOST}`).getFirstPropertyValue('url')).toBe('https://example.org/event?a=1&b=2');
    expect(byUid(fr, `both@${HOST}`).getFirstPropertyValue('categories')).toBe('workshop');
    expect(byUid(fr, `en-only@${HOST}`).getFirstPropertyValue('summary')).toBe('Only in English');
    expect(byUid(fr, `en-only@${HOST}`).hasProperty('description')).toBe(false);
    const en = parse(eventsToIcs(records, { lang: 'en', host: HOST }).body);
    expect(byUid(en, `both@${HOST}`).getFirstPropertyValue('description')).toBe('Hands-on session.');
  });

  it('names the calendar in both languages, the requested one first', () => {
    const fr = new ICAL.Component(ICAL.parse(eventsToIcs([], { lang: 'fr', host: HOST }).body));
    expect(fr.getFirstPropertyValue('x-wr-calname')).toBe('Federa : événements de la communauté du gouvernement ouvert / Federa: open government community events');
    expect(fr.getAllSubcomponents('vevent')).toHaveLength(0);
    const custom = eventsToIcs([], { lang: 'en', host: HOST, calendarName: { en: 'Events, talks; more', fr: 'Événements' } }).body;
    expect(custom).toContain('X-WR-CALNAME:Events\\, talks\\; more / Événements\r\n');
  });

  it('marks a cancelled event and a tentative one', () => {
    const events = parse(eventsToIcs([storedEvent({ id: 'off', status: 'cancelled' }), storedEvent({ id: 'maybe', status: 'tentative' })], { lang: 'en', host: HOST }).body);
    expect(byUid(events, `off@${HOST}`).getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(byUid(events, `maybe@${HOST}`).getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('escapes commas, semicolons, backslashes and newlines so the text comes back whole', () => {
    const description = 'Agenda: data, open; government\\law\nSecond line\r\nThird line';
    const events = parse(eventsToIcs([storedEvent({ id: 'esc', description: { en: description }, title: { en: 'A, B; C' } })], { lang: 'en', host: HOST }).body);
    expect(byUid(events, `esc@${HOST}`).getFirstPropertyValue('summary')).toBe('A, B; C');
    expect(byUid(events, `esc@${HOST}`).getFirstPropertyValue('description')).toBe(description.replace(/\r\n/g, '\n'));
  });

  it('folds long lines at 75 octets without splitting a multibyte character', () => {
    const title = 'Événement « données ouvertes » à Québec — ' + 'été 🍁 '.repeat(30);
    const { body } = eventsToIcs([storedEvent({ id: 'long', title: { fr: title } })], { lang: 'fr', host: HOST });
    const lines = body.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(body).not.toContain('\uFFFD');
    expect(byUid(parse(body), `long@${HOST}`).getFirstPropertyValue('summary')).toBe(title);
  });

  it('lets no hostile text create a property or an event', () => {
    const hostile = 'x\r\nBEGIN:VEVENT\r\nUID:evil@attacker\r\nEND:VEVENT\r\nSTATUS:CANCELLED';
    const { body } = eventsToIcs(
      [
        storedEvent({
          id: 'bad\r\nBEGIN:VEVENT',
          title: { en: hostile },
          description: { en: hostile },
          location: { en: hostile },
          url: `https://example.org/\r\nBEGIN:VEVENT`,
        }),
      ],
      { lang: 'en', host: HOST, calendarName: { en: hostile, fr: hostile } },
    );
    const events = parse(body);
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(String(event.getFirstPropertyValue('uid'))).not.toMatch(/[\r\n]/);
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.getFirstPropertyValue('summary')).toBe(hostile.replace(/\r\n/g, '\n'));
    expect(body.split('\r\n').filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(body.split('\r\n').filter((l) => l.startsWith('UID:'))).toHaveLength(1);
    expect(body).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  });

  it('leaves out an event whose dates cannot be read, saying which and why, and keeps the rest', () => {
    const feed = eventsToIcs(
      [storedEvent({ id: 'no-offset', start: '2019-05-29T09:00:00' }), storedEvent({ id: 'reversed', start: '2019-05-29', end: '2019-05-28' }), storedEvent({ id: 'fine' })],
      { lang: 'en', host: HOST },
    );
    expect(parse(feed.body).map((e) => e.getFirstPropertyValue('uid'))).toEqual([`fine@${HOST}`]);
    expect(feed.skipped.map((s) => s.id)).toEqual(['no-offset', 'reversed']);
    expect(feed.skipped[0]!.problem).toContain('2019-05-29T09:00:00');
  });

  it('refuses a host that is not a host name', () => {
    expect(() => eventsToIcs([], { lang: 'en', host: 'evil\r\nX:1' })).toThrow(/host/);
  });
});
