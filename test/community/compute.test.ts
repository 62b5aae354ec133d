import { describe, expect, it } from 'vitest';
import { countRule, indicatorActuals, type CountInputs, type CountableSource } from '../../src/community/indicators/compute.js';
import type { CountRule, QuantitativeTarget } from '../../src/core/community/types.js';
import { adoption, declaration, event, indicator, job, resource } from './records.js';

const none: CountInputs = { events: [], declarations: [], charterAdoptions: [], learningResources: [], sources: [] };

function source(id: string, over: Partial<CountableSource> = {}): CountableSource {
  return { id, title: { en: id, fr: id }, level: 'provincial', enabled: true, lastFullJob: job(id, `${id}-j`), ...over };
}

describe('counting events', () => {
  const events = [
    event('a', { start: '2018-10-01T09:00:00-04:00' }),
    event('b', { start: '2020-06-30T20:00:00-07:00' }),
    event('c', { start: '2020-07-01' }),
    event('d', { status: 'cancelled' }),
    event('e', { status: 'tentative' }),
    event('f', { kind: 'summit' }),
  ];

  it('counts confirmed and tentative events of the kinds in the inclusive period, by start', () => {
    const counted = countRule({ of: 'events', kinds: ['bilateral-peer-learning'], from: '2018-10', to: '2020-06' }, { ...none, events });
    expect(counted.map((r) => r.id)).toEqual(['a', 'b', 'e']);
    expect(counted[0]).toEqual({ kind: 'event', id: 'a', label: { en: 'Event a', fr: 'Événement a' } });
  });

  it('counts every kind when none is named', () => {
    expect(countRule({ of: 'events' }, { ...none, events }).map((r) => r.id)).toEqual(['a', 'b', 'c', 'e', 'f']);
  });
});

describe('counting declarations, charter adoptions and learning resources', () => {
  it('counts declarations with open government language only when asked', () => {
    const declarations = [declaration('x'), declaration('y', { openGovernmentLanguage: false }), declaration('z', { date: '2021-01' })];
    expect(countRule({ of: 'declarations', openGovernmentLanguage: true, to: '2020-06' }, { ...none, declarations }).map((r) => r.id)).toEqual(['x']);
    expect(countRule({ of: 'declarations', to: '2020-06' }, { ...none, declarations }).map((r) => r.id)).toEqual(['x', 'y']);
  });

  it('counts charter adoptions by level in the period', () => {
    const charterAdoptions = [adoption('edmonton-2017-03-07', { date: '2017-03-07' }), adoption('ontario-2017', { level: 'provincial', date: '2017' }), adoption('winnipeg-2020-09-30', { date: '2020-09-30' }), adoption('q', { date: '2019-11' })];
    const rule: CountRule = { of: 'charter-adoptions', levels: ['municipal', 'provincial'], from: '2018-10', to: '2020-05' };
    expect(countRule(rule, { ...none, charterAdoptions }).map((r) => r.id)).toEqual(['q']);
    expect(countRule({ of: 'charter-adoptions', levels: ['provincial'] }, { ...none, charterAdoptions }).map((r) => r.id)).toEqual(['ontario-2017']);
  });

  it('counts learning resources by type', () => {
    const learningResources = [resource('r1'), resource('r2', { learningResourceType: 'video' }), resource('r3', { learningResourceType: 'guide' })];
    expect(countRule({ of: 'learning-resources', types: ['course', 'guide'] }, { ...none, learningResources }).map((r) => r.id)).toEqual(['r1', 'r3']);
  });
});

describe('counting catalogue sources', () => {
  it('counts enabled sources of the levels whose last full run succeeded and completed', () => {
    const sources = [
      source('alberta'),
      source('quebec', { lastFullJob: job('quebec', 'q', { status: 'partial' }) }),
      source('ontario', { lastFullJob: job('ontario', 'o', { status: 'failed', complete: false }) }),
      source('bc', { lastFullJob: undefined }),
      source('nb', { enabled: false }),
      source('ns', { lastFullJob: job('ns', 'n', { complete: false }) }),
      source('toronto', { level: 'municipal' }),
      source('canada', { level: 'federal' }),
    ];
    expect(countRule({ of: 'sources', levels: ['provincial', 'municipal'] }, { ...none, sources }).map((r) => r.id)).toEqual(['alberta', 'toronto']);
  });
});

describe('an indicator’s actuals', () => {
  const events = [event('a'), event('b', { kind: 'international-forum' })];
  const two: QuantitativeTarget = { label: { en: 'bilateral events' }, target: 2, count: { of: 'events', kinds: ['bilateral-peer-learning'] } };
  const one: QuantitativeTarget = { label: { en: 'forums' }, target: 1, count: { of: 'events', kinds: ['international-forum'] } };

  it('is met only when every target is met', () => {
    const actuals = indicatorActuals(indicator('AP_CAN04:C10.3.3', { targets: [two, one] }), { ...none, events });
    expect(actuals.targets.map((t) => [t.value, t.met])).toEqual([[1, false], [1, true]]);
    expect(actuals.met).toBe(false);
    const more = indicatorActuals(indicator('AP_CAN04:C10.3.3', { targets: [two, one] }), { ...none, events: [...events, event('c')] });
    expect(more.met).toBe(true);
  });

  it('is unknown while a target has neither a rule nor a manual actual', () => {
    const manualTarget = { label: { en: 'countries researched' }, target: 10 };
    const ind = indicator('AP_CAN04:C10.2.2', { targets: [one, manualTarget] });
    const unknown = indicatorActuals(ind, { ...none, events });
    expect(unknown.targets[1]).toEqual({ target: manualTarget, records: [] });
    expect(unknown.met).toBeUndefined();
    expect(indicatorActuals(ind, { ...none, events }, [undefined, 10]).met).toBe(true);
    expect(indicatorActuals(indicator('AP_CAN04:C10.1.1'), none).met).toBeUndefined();
  });
});
