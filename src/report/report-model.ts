// The report as plain data: every section's text already in the report's language, tables as rows,
// the chart as numbers. Built without a PDF library, so each rule can be tested on its own; the PDF
// renderer only draws it.
import type { Effort, Horizon, Impact } from '../engine/schema';
import type { Language } from '../lib/typography';
import type { RoadmapStatus } from '../storage/records';
import type { BarChart } from './chart-svg';
import type { ClientOutcomesModel } from './client-outcomes-section';
import type { PaperSize } from './report-input';

export interface ReportModel {
  language: Language;
  paper: PaperSize;
  metadata: ReportMetadata;
  footer: ReportFooter;
  cover: CoverModel;
  summary: SummaryModel;
  questionnaires: QuestionnaireSection[];
  roadmap: RoadmapModel;
  needs: NeedsModel;
  /** Only when an earlier cycle exists. */
  change: ChangeModel | null;
  /** Only when the cycle has client skills checks. */
  clientOutcomes: ClientOutcomesModel | null;
  methodology: MethodologyModel;
}

export interface ReportMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
  /** BCP 47, written to the PDF catalog's /Lang. */
  languageTag: 'en-CA' | 'fr-CA';
  creationDate: Date;
}

export interface ReportFooter {
  /** "<organization> · <date>", on every page after the cover. */
  text: string;
  page: (page: number, pages: number) => string;
}

/** A simple table: a header row and rows of text, as many cells as columns. */
export interface TextTable {
  columns: string[];
  rows: string[][];
}

export interface CoverModel {
  kicker: string;
  organization: string;
  title: string;
  details: string[];
  questionnairesHeading: string;
  questionnaires: string[];
  note: string;
}

export interface DimensionHighlight {
  dimension: string;
  questionnaire: string;
  score: number;
  /** "100 / 100 · Strong" */
  detail: string;
}

export interface SummaryModel {
  heading: string;
  intro: string;
  standing: TextTable;
  /** Messages that qualify a result: a capped level, a baseline not yet assessed. */
  notes: string[];
  strengthsHeading: string;
  strengths: DimensionHighlight[];
  gapsHeading: string;
  gaps: DimensionHighlight[];
  roadmapHeading: string;
  roadmapHeadline: string;
  prioritiesHeading: string;
  priorities: string[];
}

export interface Fact {
  label: string;
  value: string;
}

export interface QuestionnaireSection {
  questionnaireId: string;
  heading: string;
  description: string;
  facts: Fact[];
  levelDescription: string;
  notes: string[];
  chartHeading: string;
  chart: BarChart;
  chartCaption: string;
  table: TextTable;
}

export type ItemStatus = RoadmapStatus | 'proposed';

export interface ResourceLinkModel {
  title: string;
  url: string;
  free: boolean;
}

export interface RoadmapRow {
  /** "<questionnaire id>/<item key>", the key roadmap edits are stored under. */
  itemKey: string;
  questionnaireId: string;
  horizon: Horizon;
  /** Rank inside its questionnaire's horizon, from the engine. */
  priority: number;
  kind: 'recommendation' | 'find-out';
  title: string;
  critical: boolean;
  reasons: string[];
  firstStep: string | null;
  effort: Effort;
  impact: Impact;
  status: ItemStatus;
  statusLabel: string;
  owner: string | null;
  /** Who usually does it (the content's suggestion), shown when no owner is set. */
  suggestedOwner: string | null;
  targetDate: string | null;
  /** The questionnaire is answered by each staff member for themselves (skills). */
  individual: boolean;
  /** Display lines: "First step: …", ["Low effort", "High impact"], ["Status: …", "Owner: …", …]. */
  firstStepLine: string | null;
  effortImpactLines: string[];
  followUpLines: string[];
  resources: ResourceLinkModel[];
}

export interface RoadmapGroup {
  questionnaireId: string;
  heading: string;
  rows: RoadmapRow[];
}

export interface HorizonSection {
  horizon: Horizon;
  heading: string;
  hint: string;
  /** One group per questionnaire with items in this horizon, in questionnaire order. */
  groups: RoadmapGroup[];
  empty: string;
}

export interface RoadmapModel {
  heading: string;
  intro: string;
  columns: { number: string; action: string; details: string };
  criticalLabel: string;
  horizons: HorizonSection[];
  /** Items leadership marked "not relevant": left out of the horizons, named here. */
  setAside: { heading: string; titles: string[] } | null;
}

export interface NeedsModel {
  heading: string;
  intro: string;
  workloadHeading: string;
  workloadIntro: string;
  /** Open items per horizon (rows) and effort (columns). */
  workload: TextTable;
  trainingHeading: string;
  trainingIntro: string;
  training: string[];
  fundingHeading: string;
  fundingIntro: string;
  funding: TextTable;
  resourcesHeading: string;
  resourcesIntro: string;
  resources: ResourceLinkModel[];
  freeLabel: string;
  nothing: string;
}

export interface ChangeGroup {
  heading: string;
  note: string | null;
  table: TextTable;
}

export interface ChangeModel {
  heading: string;
  intro: string;
  groups: ChangeGroup[];
}

export interface TextSection {
  heading: string;
  paragraphs: string[];
}

export interface MethodologyModel {
  heading: string;
  questionnairesHeading: string;
  questionnaires: TextTable;
  scoring: TextSection;
  roadmap: TextSection;
  needs: TextSection;
  horizonMatrixHeading: string;
  horizonMatrix: TextTable;
  levelsHeading: string;
  levels: string[];
  frameworksHeading: string;
  frameworks: string[];
}
