// The open government community tracker's records (OGP action plans, Canada's National Action
// Plan trackers, Open Data Charter adoptions, events, declarations, learning resources).
// Ids are deterministic so that re-imports are idempotent: see `ids.ts`.
import type { JurisdictionLevel } from '../dataset.js';
import type { Deadline } from './deadline.js';

/** Text in English and French; either may be missing in imported data (never invented). */
export interface BiText {
  en?: string;
  fr?: string;
}

/** A date as precise as its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export type MemberKind = 'national' | 'local';

/** An OGP member: a national government (`CAN`) or a local one (`ONT`). */
export interface Member {
  /** OGP code: ISO-3 for national members, OGP's own prefix for local ones. */
  id: string;
  name: BiText;
  kind: MemberKind;
  /** ISO 3166 code of the country (and subdivision when known): `CA`, `CA-ON`. */
  country?: string;
  url?: string;
}

export type ReportingCadence = 'quarterly' | 'semi-annual';

/** An action plan: `AP_CAN04` is Canada's 4th plan (2018-2020, cycle 2018). */
export interface ActionPlan {
  id: string;
  member: string;
  /** 1-based number of the plan for its member. */
  number: number;
  /** OGP's "Action Plan Cycle": the year of submission. */
  cycle: number;
  startYear?: number;
  endYear?: number;
  title: BiText;
  cadence: ReportingCadence;
  /** Reporting periods `YYYY-MM`, oldest first (each ends in that month). */
  periods: string[];
  url?: string;
}

/** OGP values a commitment is relevant to (IRM "Relevance" legacy flags). */
export type OgpValue = 'access-to-information' | 'civic-participation' | 'public-accountability' | 'technology-innovation';

export interface Commitment {
  /** The OGP id (`CA0073`) when it has one, else the plan-qualified code (`AP_CAN05:C01`). */
  id: string;
  ogpId?: string;
  plan: string;
  /** Code inside the plan, as the national tracker writes it (`C10`, `C01`). */
  code?: string;
  /** Number inside the plan (CA0073 is commitment 10 of AP_CAN04). */
  number?: number;
  title: BiText;
  text: BiText;
  leadInstitutions: string[];
  supportingInstitutions: string[];
  policyAreas: string[];
  ogpValues: OgpValue[];
  startDate?: PartialDate;
  endDate?: PartialDate;
  status?: 'active' | 'inactive';
  /** The commitment's page on opengovpartnership.org. */
  url?: string;
}

export interface Milestone {
  /** `<planId>:<code>`: `AP_CAN04:C10.5`. */
  id: string;
  plan: string;
  commitment: string;
  /** `C10.5`. */
  code: string;
  title: BiText;
  leadInstitutions: string[];
}

/** What a quantitative indicator's actual counts, computed from Federa's own records. */
export type CountRule =
  | { of: 'events'; kinds?: EventKind[]; from?: PartialDate; to?: PartialDate }
  | { of: 'declarations'; openGovernmentLanguage?: boolean; from?: PartialDate; to?: PartialDate }
  | { of: 'charter-adoptions'; levels?: JurisdictionLevel[]; from?: PartialDate; to?: PartialDate }
  | { of: 'learning-resources'; types?: string[] }
  /** Catalogue sources of these levels whose last full harvest succeeded. */
  | { of: 'sources'; levels: JurisdictionLevel[] };

/** The IATI results pattern: baseline and target; the actual is computed, never typed in. */
export interface QuantitativeTarget {
  /** What is counted, in words: "bilateral peer-learning events". */
  label: BiText;
  /** The value before the plan (informative; `target` is the value to reach, not an increment). */
  baseline?: number;
  target: number;
  unit?: BiText;
  count?: CountRule;
}

export interface DeadlineChange {
  deadline: Deadline;
  /** When Federa recorded the change (ISO timestamp). */
  at: string;
  /** What set it: `import:canada-nap5.yaml`, `api:<token name>`, `seed`. */
  by: string;
}

export interface Indicator {
  /** `<planId>:<code>`: `AP_CAN04:C10.5.1`. */
  id: string;
  plan: string;
  commitment: string;
  milestone: string;
  /** `C10.5.1`. */
  code: string;
  text: BiText;
  deadline: Deadline;
  /** Every deadline it had, oldest first, the current one last. */
  deadlineHistory: DeadlineChange[];
  leadInstitutions: string[];
  supportingInstitutions: string[];
  /** Quantitative targets (one indicator may count several things: "2 bilateral events and 3
   * forums"); empty when the indicator is qualitative. Met when every target is met. */
  targets: QuantitativeTarget[];
}

/** Self-reported status; the same words as the IRM completion scale. */
export type ProgressStatus = 'NS' | 'LP' | 'SP' | 'C';

/** One progress row for (reporting period, indicator). Rows are append-only. */
export interface ProgressReport {
  /** Assigned by the store: `<indicatorId>@<period>#<n>`. */
  id: string;
  indicator: string;
  /** `YYYY-MM`. */
  period: string;
  status: ProgressStatus;
  /** Markdown, 1-3 bullets or NIL/NUL. */
  progress: BiText;
  /** Markdown with links. */
  evidence: BiText;
  /** Required (both languages) when the status is NS or LP. */
  challenges: BiText;
  /** When it was recorded (ISO timestamp). */
  recordedAt: string;
  /** `import:<file>`, `api:<token name or id>`, `web:<token name or id>`. */
  recordedBy: string;
}

export type NewProgressReport = Omit<ProgressReport, 'id' | 'recordedAt'>;

export type IrmReportKind = 'design' | 'action-plan-review' | 'progress' | 'end-of-term' | 'results';

/** An Independent Reporting Mechanism assessment of one commitment (never self-reported). */
export interface IrmAssessment {
  /** `<commitmentId>:<report>:<year>`. */
  id: string;
  commitment: string;
  report: IrmReportKind;
  year?: number;
  specificity?: 'None' | 'Low' | 'Medium' | 'High';
  verifiable?: boolean;
  relevance?: OgpValue[];
  openGovernmentLens?: boolean;
  potentialImpact?: 'None' | 'Minor' | 'Moderate' | 'Transformative';
  potentialForResults?: 'Unclear' | 'Modest' | 'Substantial';
  completion?: 'No Evidence Available' | 'Not Started' | 'Limited' | 'Substantial' | 'Complete';
  didItOpenGovernment?: 'Worsened' | 'Did not change' | 'Marginal' | 'Major' | 'Outstanding';
  starred?: boolean;
  url?: string;
}

/** An adoption of the International Open Data Charter. */
export interface CharterAdoption {
  /** Slug of the government and date: `edmonton-2017-03-07`. */
  id: string;
  government: BiText;
  level: JurisdictionLevel;
  /** ISO 3166 code: `CA`, `CA-ON`; for municipalities, their province's. */
  region?: string;
  date: PartialDate;
  /** How it was adopted: a council motion, a directive... */
  instrument: BiText;
  evidence: string;
}

export type EventKind = 'bilateral-peer-learning' | 'international-forum' | 'summit' | 'conference' | 'workshop' | 'data-literacy';
export type Attendance = 'online' | 'in-person' | 'mixed';

export interface CommunityEvent {
  id: string;
  kind: EventKind;
  title: BiText;
  description: BiText;
  /** ISO 8601 with offset (`2019-05-29T09:00:00-04:00`), or a date for all-day events. */
  start: string;
  end?: string;
  /** IANA zone the event is held in (`America/Toronto`). */
  timeZone: string;
  attendance: Attendance;
  location?: BiText;
  organizers: string[];
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  /** Indicator ids the event counts towards. */
  indicators: string[];
  status: 'confirmed' | 'tentative' | 'cancelled';
  url?: string;
}

export interface Declaration {
  id: string;
  title: BiText;
  date: PartialDate;
  signatories: string[];
  openGovernmentLanguage: boolean;
  url?: string;
}

/** A learning resource described with LRMI (schema.org LearningResource) properties. */
export interface LearningResource {
  id: string;
  title: BiText;
  description: BiText;
  url: string;
  learningResourceType: string;
  educationalLevel?: 'beginner' | 'intermediate' | 'advanced';
  teaches: string[];
  audience: string[];
  /** BCP 47 tags. */
  inLanguage: string[];
  /** A licence URL or id from core/licences. */
  license?: string;
  /** ISO 8601 duration: `PT2H`. */
  timeRequired?: string;
  publisher?: string;
}

/** Record kinds kept as documents, by the kind's name in the API and exports. */
export interface CommunityRecords {
  member: Member;
  plan: ActionPlan;
  commitment: Commitment;
  milestone: Milestone;
  indicator: Indicator;
  irm: IrmAssessment;
  'charter-adoption': CharterAdoption;
  event: CommunityEvent;
  declaration: Declaration;
  'learning-resource': LearningResource;
}

export type CommunityKind = keyof CommunityRecords;

export const COMMUNITY_KINDS: readonly CommunityKind[] = [
  'member',
  'plan',
  'commitment',
  'milestone',
  'indicator',
  'irm',
  'charter-adoption',
  'event',
  'declaration',
  'learning-resource',
];
