// The report as plain data: every section's text already in the report's language, tables as rows,
// the chart as numbers. Built without a PDF library, so each rule can be tested on its own; the PDF
// renderer only draws it.
import type { Effort, Horizon, Impact } from '../../engine/schema';
import type { Language } from '../../lib/typography';
import type { RoadmapStatus } from '../../domain/roadmap-edit';
import type { ClientOutcomesModel } from './client-outcomes-section';
import type { PaperSize } from './report-input';
import type { SectorComparisonModel } from './sector-comparison';

/** A horizontal bar chart of dimension scores, drawn as vectors in the PDF and the HTML report
 * (chart/chart-svg.ts). */
export interface BarChartBar {
  label: string;
  /** 0..100, or null when the dimension was not assessed. */
  value: number | null;
  previous?: number | null;
  /** A target on the same scale, marked with a triangle. */
  target?: number | null;
}

export interface BarChart {
  bars: BarChartBar[];
  /** Level bands: label (none when '') and lower bound (0..100), lowest first. */
  levels: { label: string; lowerBound: number }[];
}

export interface ReportModel {
  language: Language;
  paper: PaperSize;
  metadata: ReportMetadata;
  footer: ReportFooter;
  cover: CoverModel;
  /** The funder brief, right after the cover. */
  brief: BriefModel;
  /** The table of contents' title. */
  contentsHeading: string;
  summary: SummaryModel;
  questionnaires: QuestionnaireSection[];
  /** Only when a sector benchmark was imported. */
  sectorComparison: SectorComparisonModel | null;
  roadmap: RoadmapModel;
  needs: NeedsModel;
  /** The cycle's one action list with costs, funding and leadership's decisions. */
  plan: PlanModel;
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
  /** The same with the organization's name shortened (to keep the footer on one line). */
  withOrganization: (organization: string) => string;
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
  /** Says that dimensions are compared within each questionnaire (when there are several). */
  highlightsNote: string | null;
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
  /** Its number in the printed list: 1, 2, 3… inside its group, without gaps. */
  number?: number;
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
  /** Leadership's note on the action, as typed. */
  note: string | null;
  /** The questionnaire is answered by each staff member for themselves (skills). */
  individual: boolean;
  /** Display lines: "First step: …", ["Low effort", "High impact"], ["Status: …", "Owner: …", …]. */
  firstStepLine: string | null;
  /** "Leadership's note: …", or null. */
  noteLine: string | null;
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
  /** The mark on an action leadership marked done. */
  doneLabel: string;
  horizons: HorizonSection[];
  /** Items leadership marked "not relevant": left out of the horizons, named here with the reason
   * leadership wrote, when it wrote one. */
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
  /** Each resource once, as a table: title, address, free or discounted for nonprofits. */
  resources: ResourceLinkModel[];
  resourceColumns: { title: string; link: string; free: string };
  /** The free column's mark on a free resource. */
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

/** One action of the cycle's action list, numbered without gaps across horizons. */
export interface PlanAction {
  key: string;
  number: number;
  kind: 'proposed' | 'own';
  horizon: Horizon;
  horizonLabel: string;
  title: string;
  /** An own action's description, as typed. */
  description: string | null;
  /** The questionnaires that propose it, or "Our own action". */
  questionnaires: string[];
  essential: boolean;
  status: ItemStatus;
  statusLabel: string;
  owner: string | null;
  targetDate: string | null;
  /** "YYYY-MM-DD", for sorting and the Word file. */
  targetDateIso: string | null;
  note: string | null;
  cost: string;
  /** The highest one-time figure, to rank asks; null when not estimated. */
  oneTimeMax: number | null;
  funding: string;
  /** Not yet funded, or no source chosen: part of the ask. */
  unfunded: boolean;
  /** Moved from Now to Next because Now was full. */
  movedByCapacity: boolean;
}

export interface PlanModel {
  heading: string;
  intro: string;
  columns: {
    number: string;
    action: string;
    horizon: string;
    status: string;
    owner: string;
    date: string;
    cost: string;
    funding: string;
    note: string;
  };
  actions: PlanAction[];
  /** How many actions are neither done nor set aside. */
  open: number;
  /** The head count per-staff costs are multiplied by, or that it is unknown. */
  staffAssumption: string;
  /** Per horizon and overall: open actions, cost, not yet funded. */
  totals: TextTable;
  /** Per funding source: actions and cost. */
  bySource: TextTable;
}

export interface BriefModel {
  heading: string;
  intro: string;
  progressHeading: string;
  /** One bar per questionnaire: this cycle's overall score, the previous one, the next level. */
  chart: BarChart;
  legend: { current: string; previous: string | null; target: string };
  /** The chart's figures, with how many people answered each time. */
  progressTable: TextTable;
  progressNote: string;
  asksHeading: string;
  asksIntro: string;
  asks: PlanAction[];
  controlsHeading: string;
  controls: string[];
  controlsNone: string;
  totalsHeading: string;
}
