import { describe, expect, it } from 'vitest';
import { checkProgress, MAX_PROGRESS_TEXT, nonHttpLinks, type ProgressRuleContext, type ProgressSubmission } from '../../src/community/progress/rules.js';
import { indicator, plan } from './records.js';

const context = { indicator: indicator('AP_CAN06:C1.1.1', { plan: 'AP_CAN06' }), plan: plan('AP_CAN06', { periods: ['2025-06', '2025-12'] }) };
const good: ProgressSubmission = {
  indicator: 'AP_CAN06:C1.1.1',
  period: '2025-12',
  status: 'SP',
  progress: { en: '- Published the guide', fr: '- Guide publié' },
  evidence: { en: 'See [the guide](https://example.ca/guide) and https://example.ca/b', fr: 'NUL' },
  challenges: {},
};

const fields = (submission: ProgressSubmission, ctx: ProgressRuleContext = context) => checkProgress(submission, ctx).map((e) => e.field);

describe('progress report rules', () => {
  it('accepts a complete report, and NIL/NUL as progress', () => {
    expect(checkProgress(good, context)).toEqual([]);
    expect(checkProgress({ ...good, progress: { en: 'NIL', fr: 'NUL' } }, context)).toEqual([]);
  });

  it('names the field of a bad status or period, in English and French', () => {
    const errors = checkProgress({ ...good, status: 'done', period: '2025-13' }, context);
    expect(errors.map((e) => e.field)).toEqual(['status', 'period']);
    expect(errors[0]!.en).toMatch(/status: "done" is not one of NS, LP, SP, C/);
    expect(errors[0]!.fr).toMatch(/status : « done »/);
    expect(fields({ ...good, period: '2025-09' })).toEqual(['period']);
    expect(checkProgress({ ...good, period: '2025-09' }, context)[0]!.en).toMatch(/not a reporting period of AP_CAN06 \(2025-06, 2025-12\)/);
  });

  it('requires progress in both languages', () => {
    expect(fields({ ...good, progress: { en: 'Done' } })).toEqual(['progress.fr']);
    expect(fields({ ...good, progress: { en: '  ', fr: 'Fait' } })).toEqual(['progress.en']);
  });

  it('requires challenges in both languages for NS and LP only', () => {
    expect(fields({ ...good, status: 'NS' })).toEqual(['challenges.en', 'challenges.fr']);
    expect(fields({ ...good, status: 'LP', challenges: { en: 'Staffing' } })).toEqual(['challenges.fr']);
    expect(fields({ ...good, status: 'LP', challenges: { en: 'Staffing', fr: 'Personnel' } })).toEqual([]);
    expect(fields({ ...good, status: 'C' })).toEqual([]);
  });

  it('refuses evidence links that are not http(s)', () => {
    const errors = checkProgress({ ...good, evidence: { en: '[x](javascript:alert(1))', fr: 'voir ftp://example.ca/f' } }, context);
    expect(errors.map((e) => e.field)).toEqual(['evidence.en', 'evidence.fr']);
    expect(errors[1]!.fr).toMatch(/ftp:\/\/example\.ca\/f/);
  });

  it('caps each text field', () => {
    const long = 'x'.repeat(MAX_PROGRESS_TEXT + 1);
    expect(fields({ ...good, challenges: { fr: long } })).toEqual(['challenges.fr']);
    expect(fields({ ...good, challenges: { fr: 'x'.repeat(MAX_PROGRESS_TEXT) } })).toEqual([]);
  });

  it('names an unknown indicator and still checks the rest', () => {
    expect(fields({ ...good, indicator: 'AP_CAN06:C9.9.9', status: 'X' }, {})).toEqual(['indicator', 'status']);
  });
});

describe('evidence links', () => {
  it('finds Markdown targets, autolinks and bare URLs of other schemes', () => {
    expect(nonHttpLinks('[a](https://a.ca) <https://b.ca/x> http://c.ca')).toEqual([]);
    expect(nonHttpLinks('[a](/relative) [b]() <mailto:x@y.ca> data:text/html,hi file:///etc/passwd')).toEqual(['/relative', '()', 'mailto:x@y.ca', 'data:text/html,hi', 'file:///etc/passwd']);
    expect(nonHttpLinks('Status: done at 10:30; ratio 1:2')).toEqual([]);
  });
});
