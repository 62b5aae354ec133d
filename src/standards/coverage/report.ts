// The coverage of each standard: by jurisdiction, the datasets of its kind, their files and
// whether they conform (from the last checks kept).
import { JURISDICTION_LEVELS, type Jurisdiction } from '../../core/dataset.js';
import { jurisdictionLabel } from '../../core/jurisdictions.js';
import type { Label } from '../../core/langstring.js';
import type { StandardCheck } from '../../store/standards.js';
import type { BiText, Standard } from '../registry.js';
import type { Candidate, CandidateFile } from './discover.js';

export type CoverageStatus = 'conforms' | 'partly' | 'does-not-conform' | 'unchecked' | 'no-files';

export interface FileCoverage {
  file: CandidateFile;
  /** The last check of the file for this standard; absent when never checked. */
  check?: StandardCheck;
}

export interface DatasetCoverage {
  candidate: Candidate;
  files: FileCoverage[];
}

export interface JurisdictionCoverage {
  jurisdiction: Jurisdiction;
  label: Label;
  status: CoverageStatus;
  datasets: DatasetCoverage[];
}

export interface StandardCoverage {
  name: string;
  title: BiText;
  status: CoverageStatus;
  counts: { jurisdictions: number; datasets: number; files: number; valid: number; invalid: number; unchecked: number };
  jurisdictions: JurisdictionCoverage[];
}

function key(j: Jurisdiction): string {
  return `${j.level}|${j.code}|${j.municipality ?? ''}`;
}

/** Conforms when every file was checked valid; partly when some were; unchecked when none was checked. */
export function statusOf(files: readonly FileCoverage[]): CoverageStatus {
  if (files.length === 0) return 'no-files';
  const valid = files.filter((f) => f.check?.status === 'valid').length;
  const checked = files.filter((f) => f.check !== undefined).length;
  if (checked === 0) return 'unchecked';
  if (valid === files.length) return 'conforms';
  return valid > 0 ? 'partly' : 'does-not-conform';
}

export function buildCoverage(standards: readonly Standard[], candidates: ReadonlyMap<string, readonly Candidate[]>, checks: readonly StandardCheck[]): StandardCoverage[] {
  const byFile = new Map<string, StandardCheck>();
  for (const check of checks) byFile.set(`${check.standard}\n${check.datasetId}\n${check.url}`, check);
  return standards.map((standard) => {
    const groups = new Map<string, JurisdictionCoverage>();
    for (const candidate of candidates.get(standard.name) ?? []) {
      const files = candidate.files.map((file) => {
        const check = byFile.get(`${standard.name}\n${candidate.datasetId}\n${file.url}`);
        return check ? { file, check } : { file };
      });
      const k = key(candidate.jurisdiction);
      let group = groups.get(k);
      if (!group) {
        group = { jurisdiction: candidate.jurisdiction, label: jurisdictionLabel(candidate.jurisdiction), status: 'no-files', datasets: [] };
        groups.set(k, group);
      }
      group.datasets.push({ candidate, files });
    }
    const jurisdictions = [...groups.values()];
    for (const group of jurisdictions) group.status = statusOf(group.datasets.flatMap((d) => d.files));
    jurisdictions.sort((a, b) => JURISDICTION_LEVELS.indexOf(a.jurisdiction.level) - JURISDICTION_LEVELS.indexOf(b.jurisdiction.level) || a.label.en.localeCompare(b.label.en));
    const files = jurisdictions.flatMap((j) => j.datasets.flatMap((d) => d.files));
    return {
      name: standard.name,
      title: standard.title,
      status: statusOf(files),
      counts: {
        jurisdictions: jurisdictions.length,
        datasets: jurisdictions.reduce((n, j) => n + j.datasets.length, 0),
        files: files.length,
        valid: files.filter((f) => f.check?.status === 'valid').length,
        invalid: files.filter((f) => f.check !== undefined && f.check.status !== 'valid').length,
        unchecked: files.filter((f) => f.check === undefined).length,
      },
      jurisdictions,
    };
  });
}
