import { describe, expect, it } from 'vitest';
import { commitmentProgressAtom, type AtomOptions } from '../../../src/community/export/atom.js';
import type { Commitment, Indicator, ProgressReport } from '../../../src/core/community/types.js';
import type { StoredCommunityRecord } from '../../../src/store/community.js';
import { markdownToSafeHtml } from '../../../src/web/render/rich-text.js';
import { child, childrenNamed, parseXml, type XmlElement } from './xml-tree.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const PAGE = 'https://federa.example.ca/en/community/commitments/CA0073';

const commitment: StoredCommunityRecord<'commitment'> = {
  kind: 'commitment',
  id: 'CA0073',
  data: {
    id: 'CA0073',
    ogpId: 'CA0073',
    plan: 'AP_CAN04',
    title: { en: 'Open Government Community', fr: 'Communauté du gouvernement ouvert' },
    text: {},
    leadInstitutions: [],
    supportingInstitutions: [],
    policyAreas: [],
    ogpValues: [],
  } satisfies Commitment,
  revision: 2,
  createdAt: '2019-01-10T00:00:00.000Z',
  updatedAt: '2019-02-11T08:00:00.000Z',
};

const indicator = (code: string): Indicator => ({
  id: `AP_CAN04:${code}`,
  plan: 'AP_CAN04',
  commitment: 'CA0073',
  milestone: `AP_CAN04:${code.split('.').slice(0, 2).join('.')}`,
  code,
  text: {},
  deadline: { precision: 'unknown', text: {} },
  deadlineHistory: [],
  leadInstitutions: [],
  supportingInstitutions: [],
  targets: [],
});

function report(indicatorCode: string, period: string, n: number, recordedAt: string, extra: Partial<ProgressReport> = {}): ProgressReport {
  return {
    id: `AP_CAN04:${indicatorCode}@${period}#${n}`,
    indicator: `AP_CAN04:${indicatorCode}`,
    period,
    status: 'SP',
    progress: { en: '- Search extended to **Alberta**', fr: '- Recherche étendue à l’**Alberta**' },
    evidence: { en: '[Portal](https://open.canada.ca)', fr: '[Portail](https://ouvert.canada.ca)' },
    challenges: {},
    recordedAt,
    recordedBy: 'import:test',
    ...extra,
  };
}

const options = (lang: 'en' | 'fr', extra: Partial<AtomOptions> = {}): AtomOptions => ({
  lang,
  tagAuthority: { domain: 'federa.example.ca', date: '2026' },
  commitmentPage: PAGE,
  ...extra,
});

function entries(feed: XmlElement): XmlElement[] {
  return childrenNamed(feed, 'entry');
}

describe('commitmentProgressAtom', () => {
  const reports = [
    report('C10.5.1', '2019-06', 1, '2019-07-02T10:00:00.000Z'),
    report('C10.5.1', '2019-09', 1, '2019-10-03T10:00:00.000Z', { status: 'C' }),
    report('C10.5.2', '2019-09', 1, '2019-10-03T10:00:00.000Z', { status: 'LP', challenges: { en: 'Staffing' } }),
  ];
  const indicators = [indicator('C10.5.1'), indicator('C10.5.2')];

  it('writes the required Atom elements, newest entry first, with stable tag: ids', () => {
    const xml = commitmentProgressAtom(commitment, indicators, reports, options('en', { selfUrl: 'https://federa.example.ca/en/community/commitments/CA0073/progress.atom' }));
    const feed = parseXml(xml);
    expect(feed.uri).toBe(ATOM);
    expect(feed.local).toBe('feed');
    expect(feed.attributes['xml:lang']).toBe('en');
    expect(child(feed, 'id').text).toBe('tag:federa.example.ca,2026:commitment/CA0073');
    expect(child(feed, 'title').text).toBe('Open Government Community: progress updates');
    expect(child(feed, 'updated').text).toBe('2019-10-03T10:00:00.000Z');
    expect(child(child(feed, 'author'), 'name').text).toBe('Federa');
    const links = childrenNamed(feed, 'link').map((l) => [l.attributes.rel, l.attributes.href]);
    expect(links).toContainEqual(['alternate', PAGE]);
    expect(links).toContainEqual(['self', 'https://federa.example.ca/en/community/commitments/CA0073/progress.atom']);

    const list = entries(feed);
    expect(list.map((e) => child(e, 'id').text)).toEqual([
      `tag:federa.example.ca,2026:progress/${encodeURIComponent('AP_CAN04:C10.5.2@2019-09#1')}`,
      `tag:federa.example.ca,2026:progress/${encodeURIComponent('AP_CAN04:C10.5.1@2019-09#1')}`,
      `tag:federa.example.ca,2026:progress/${encodeURIComponent('AP_CAN04:C10.5.1@2019-06#1')}`,
    ]);
    expect(list.map((e) => child(e, 'updated').text)).toEqual(['2019-10-03T10:00:00.000Z', '2019-10-03T10:00:00.000Z', '2019-07-02T10:00:00.000Z']);
    expect(list.map((e) => child(e, 'title').text)).toEqual(['C10.5.2: Limited progress (2019-09)', 'C10.5.1: Complete (2019-09)', 'C10.5.1: Substantial progress (2019-06)']);
    expect(child(list[0]!, 'link').attributes.href).toBe(PAGE);
    expect(commitmentProgressAtom(commitment, indicators, [...reports].reverse(), options('en'))).toBe(commitmentProgressAtom(commitment, indicators, reports, options('en')));
  });

  it('writes French labels and falls back to English text, marked with its language', () => {
    const feed = parseXml(commitmentProgressAtom(commitment, indicators, reports, options('fr')));
    expect(feed.attributes['xml:lang']).toBe('fr');
    expect(child(feed, 'title').text).toBe('Communauté du gouvernement ouvert: mises à jour des progrès');
    const first = entries(feed)[0]!;
    expect(child(first, 'title').text).toBe('C10.5.2: Progrès limité (2019-09)');
    const content = child(first, 'content');
    expect(content.attributes.type).toBe('html');
    expect(content.text).toContain('<h3>Défis</h3><div lang="en">');
    expect(content.text).toContain('Staffing');
  });

  it('renders Markdown through the renderer it is given, and escapes text without one', () => {
    const withRenderer = parseXml(commitmentProgressAtom(commitment, indicators, reports.slice(0, 1), options('en', { renderMarkdown: (md) => markdownToSafeHtml(md).value })));
    const rendered = child(entries(withRenderer)[0]!, 'content').text;
    expect(rendered).toContain('<strong>Alberta</strong>');
    expect(rendered).toContain('href="https://open.canada.ca/"');
    const plain = parseXml(commitmentProgressAtom(commitment, indicators, reports.slice(0, 1), options('en')));
    expect(child(entries(plain)[0]!, 'content').text).toContain('- Search extended to **Alberta**');
  });

  it('keeps hostile text as text: no element, no CDATA break-out, no script', () => {
    const hostile = 'a]]><evil/>]]><script>alert(1)</script> & &amp; \u0000\u0007 end';
    const evil = report('C10.5.1', '2019-06', 1, '2019-07-02T10:00:00.000Z', {
      progress: { en: hostile },
      indicator: 'AP_CAN04:C10.5.1]]><x/>',
      id: 'AP_CAN04:C10.5.1]]><x/>@2019-06#1',
    });
    const hostileCommitment = { ...commitment, data: { ...commitment.data, title: { en: 'R&amp;D </title><x/> ]]>' } } };
    for (const renderMarkdown of [undefined, (md: string) => markdownToSafeHtml(md).value]) {
      const feed = parseXml(commitmentProgressAtom(hostileCommitment, [], [evil], options('en', renderMarkdown ? { renderMarkdown } : {})));
      expect(child(feed, 'title').text).toBe('R&amp;D </title><x/> ]]>: progress updates');
      const entry = entries(feed)[0]!;
      expect(entry.children.map((c) => c.local).sort()).toEqual(['content', 'id', 'link', 'title', 'updated']);
      expect(child(entry, 'title').text).toBe('C10.5.1]]&gt;&lt;x/&gt;: Substantial progress (2019-06)');
      const content = child(entry, 'content').text;
      expect(content).not.toContain('<script');
      expect(content).not.toContain('<evil');
      // Escaped, the script is shown as text; sanitized, it is dropped with its content.
      if (renderMarkdown) expect(content).not.toContain('alert(1)');
      else expect(content).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &amp;amp;');
    }
  });

  it('is a well-formed feed for a commitment with no progress yet, updated when the commitment was', () => {
    const feed = parseXml(commitmentProgressAtom(commitment, [], [], options('en')));
    expect(entries(feed)).toHaveLength(0);
    expect(child(feed, 'id').text).toBe('tag:federa.example.ca,2026:commitment/CA0073');
    expect(child(feed, 'updated').text).toBe('2019-02-11T08:00:00.000Z');
  });

  it('refuses a commitment page or tag authority it cannot use, naming it', () => {
    expect(() => commitmentProgressAtom(commitment, [], [], options('en', { commitmentPage: 'javascript:alert(1)' }))).toThrow(/commitment page "javascript:alert\(1\)"/);
    expect(() => commitmentProgressAtom(commitment, [], [], options('en', { tagAuthority: { domain: 'federa.example.ca', date: 'today' } }))).toThrow(/tag authority date "today"/);
  });
});
