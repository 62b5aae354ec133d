import { describe, expect, it } from 'vitest';
import { emptyCounts, type JobReport } from '../../src/harvest/report.js';
import { endLine } from '../../src/cli/progress.js';

const report: JobReport = {
  id: 'open-canada-1',
  sourceId: 'open-canada',
  mode: 'full',
  status: 'succeeded',
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:00:02.500Z',
  counts: { ...emptyCounts(), seen: 12, added: 12 },
  problems: [],
  problemsOmitted: 0,
  complete: true,
};

describe('the end-of-job line', () => {
  it('says how many clusters with other sources the records are in and how many are new, in both languages', () => {
    const clustered = { ...report, clusters: { total: 5, formed: 2 } };
    expect(endLine('en', clustered)[0]).toBe(
      'open-canada: succeeded in 2.5 s: 12 seen, 12 added, 0 updated, 0 unchanged, 0 withdrawn, 0 skipped, 0 failed, in 5 cluster(s) with other sources (2 new) (job open-canada-1)',
    );
    expect(endLine('fr', clustered)[0]).toBe(
      'open-canada : réussie en 2.5 s : 12 vues, 12 ajoutées, 0 mises à jour, 0 inchangées, 0 retirées, 0 écartées, 0 en échec, dans 5 regroupement(s) avec d’autres sources (2 nouveau(x)) (tâche open-canada-1)',
    );
  });

  it('says nothing of clusters when the report has none', () => {
    expect(endLine('en', report)[0]).toMatch(/0 failed \(job open-canada-1\)$/);
  });
});
