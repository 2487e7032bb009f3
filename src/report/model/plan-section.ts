// The cycle's one action list as the report prints it (the cycle roadmap engine: sameAs merged, Now
// sized to the organization, costs scaled, own actions included), with leadership's decisions and
// the totals by horizon and funding source. The funder brief, the HTML report and the Word roadmap
// read it.
import { isSettled, type ActionDecision, type OwnAction } from '../../engine/action-inputs';
import type { CycleAction, CycleRoadmap } from '../../engine/cycle-action';
import { buildCycleRoadmap } from '../../engine/cycle-roadmap';
import { fundingSources, fundingStanding, isUnfunded, type Funding } from '../../engine/funding';
import { HORIZONS } from '../../engine/roadmap';
import type { Horizon } from '../../engine/schema';
import { costText, totalText } from './cost-format';
import { calendarDate, type Formatter } from '../../presentation/format';
import { itemTitle } from '../../presentation/reasons';
import type { ReportInput } from './report-input';
import type { ItemStatus, PlanAction, PlanModel, TextTable } from './report-model';

/** A stored roadmap edit as the engine reads a decision (absent fields left out, not undefined). */
function decision(edit: ReportInput['roadmapEdits'][number]): ActionDecision {
  return Object.fromEntries(
    Object.entries(edit).filter(([, value]) => value !== undefined),
  ) as unknown as ActionDecision;
}

export function cycleRoadmapFor(input: ReportInput): CycleRoadmap {
  return buildCycleRoadmap({
    questionnaires: input.questionnaires.map(({ questionnaire, result }) => ({
      questionnaire,
      result,
    })),
    decisions: input.roadmapEdits.map(decision),
    ownActions: input.ownActions ?? [],
    planning: { rules: input.planning, staffBand: input.profile.staffBand ?? null },
  });
}

export function fundingText(funding: Funding | null, format: Formatter): string {
  if (funding === null) return format.t('report:plan.funding.not-chosen');
  if (funding.source === 'other-funder' && funding.funder !== undefined) {
    return format.t('report:plan.funding.named', { funder: funding.funder });
  }
  return format.t(`report:plan.funding.${funding.source}`);
}

function title(action: CycleAction, input: ReportInput, format: Formatter): string {
  if (action.kind === 'own') return action.action.title;
  const [first] = action.members;
  const source = input.questionnaires.find(
    (report) => report.questionnaire.definition.id === first?.questionnaireId,
  );
  return first === undefined || source === undefined
    ? action.key
    : itemTitle(source.questionnaire, first.item, format);
}

function questionnaireTitles(action: CycleAction, input: ReportInput, format: Formatter): string[] {
  if (action.kind === 'own') return [format.t('report:plan.ownAction')];
  const ids = [...new Set(action.members.map((member) => member.questionnaireId))];
  return ids.flatMap((id) => {
    const report = input.questionnaires.find((r) => r.questionnaire.definition.id === id);
    return report === undefined ? [] : [format.text(report.questionnaire.definition.title)];
  });
}

function planAction(
  action: CycleAction,
  number: number,
  input: ReportInput,
  format: Formatter,
): PlanAction {
  const status: ItemStatus = action.status ?? 'proposed';
  const standing = fundingStanding(action.funding);
  const own: OwnAction | null = action.kind === 'own' ? action.action : null;
  return {
    key: action.key,
    number,
    kind: action.kind,
    horizon: action.horizon,
    horizonLabel: format.horizon(action.horizon),
    title: title(action, input, format),
    description: own?.description ?? null,
    questionnaires: questionnaireTitles(action, input, format),
    essential: action.essential,
    status,
    statusLabel: format.t(`report:status.${status}`),
    owner: action.owner,
    targetDate: action.targetDate === null ? null : format.date(calendarDate(action.targetDate)),
    targetDateIso: action.targetDate,
    note: action.note,
    cost: costText(action.cost, format),
    oneTimeMax: action.cost?.oneTime?.max ?? null,
    funding: fundingText(action.funding, format),
    unfunded: isUnfunded(standing),
    movedByCapacity: action.horizonRule === 'capacity',
  };
}

function totalsTable(roadmap: CycleRoadmap, format: Formatter): TextTable {
  const { t } = format;
  const rows = [...HORIZONS, 'all' as const].map((horizon: Horizon | 'all') => {
    const totals = roadmap.totals[horizon];
    return [
      horizon === 'all' ? t('report:plan.allHorizons') : format.horizon(horizon),
      String(totals.actions),
      totalText(totals.cost, format),
      totalText(totals.notYetFunded, format),
    ];
  });
  return {
    columns: [
      t('report:needs.horizon'),
      t('report:plan.openActions'),
      t('report:plan.cost'),
      t('report:plan.notYetFunded'),
    ],
    rows,
  };
}

function sourcesTable(roadmap: CycleRoadmap, format: Formatter): TextTable {
  const { t } = format;
  const all = roadmap.totals.all;
  const rows = fundingSources.flatMap((source) => {
    const totals = all.bySource[source];
    const count = totals.estimated + totals.notEstimated.length;
    return count === 0
      ? []
      : [[t(`report:plan.funding.${source}`), String(count), totalText(totals, format)]];
  });
  if (all.fundingNotChosen > 0) {
    rows.push([t('report:plan.funding.not-chosen'), String(all.fundingNotChosen), '—']);
  }
  return {
    columns: [t('report:plan.source'), t('report:plan.openActions'), t('report:plan.cost')],
    rows,
  };
}

export function planSection(input: ReportInput, format: Formatter): PlanModel {
  const { t } = format;
  const roadmap = cycleRoadmapFor(input);
  const actions = roadmap.actions.map((action, index) =>
    planAction(action, index + 1, input, format),
  );
  const staff = roadmap.staffForCosts;
  return {
    heading: t('report:plan.heading'),
    intro: t('report:plan.intro', { count: actions.length }),
    columns: {
      number: t('report:roadmap.number'),
      action: t('report:plan.action'),
      horizon: t('report:needs.horizon'),
      status: t('report:plan.status'),
      owner: t('report:plan.owner'),
      date: t('report:plan.date'),
      cost: t('report:plan.cost'),
      funding: t('report:plan.fundingColumn'),
      note: t('report:plan.note'),
    },
    actions,
    open: actions.filter(
      (action) => !isSettled(action.status === 'proposed' ? null : action.status),
    ).length,
    staffAssumption:
      staff === null
        ? t('report:plan.staffUnknown')
        : t('report:plan.staffAssumption', { count: staff.staffCount }),
    totals: totalsTable(roadmap, format),
    bySource: sourcesTable(roadmap, format),
  };
}
