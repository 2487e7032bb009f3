// "What the organization needs", derived from the open roadmap items (not done, not set aside):
// - workload: how many items of each effort fall in each horizon (staff time to plan for);
// - training: items of questionnaires each staff member answers for themselves (skills);
// - funding: items of high effort, which rarely fit in existing hours and budgets, with who usually
//   does them (the content's `whoDoesIt`);
// - resources: the guidance linked from the items, each link once.
import { HORIZONS } from '../../engine/roadmap';
import type { Effort, Horizon } from '../../engine/schema';
import { DASH, type Formatter } from '../../presentation/format';
import type { NeedsModel, ResourceLinkModel, RoadmapRow } from './report-model';
import { openRows } from './roadmap-rows';

const horizonRank = (horizon: Horizon): number => HORIZONS.indexOf(horizon);

/** Open rows in roadmap order: by horizon, keeping each questionnaire's priority order. */
function inRoadmapOrder(rows: readonly RoadmapRow[]): RoadmapRow[] {
  return [...rows].sort((a, b) => horizonRank(a.horizon) - horizonRank(b.horizon));
}

const EFFORTS: readonly Effort[] = ['low', 'medium', 'high'];

/** Open items per horizon and effort. */
export function workload(rows: readonly RoadmapRow[]): Record<Horizon, Record<Effort, number>> {
  const counts = Object.fromEntries(
    HORIZONS.map((horizon) => [horizon, { low: 0, medium: 0, high: 0 }]),
  ) as Record<Horizon, Record<Effort, number>>;
  for (const row of openRows(rows)) counts[row.horizon][row.effort] += 1;
  return counts;
}

export function fundingRows(rows: readonly RoadmapRow[]): RoadmapRow[] {
  return inRoadmapOrder(openRows(rows)).filter((row) => row.effort === 'high');
}

export function trainingRows(rows: readonly RoadmapRow[]): RoadmapRow[] {
  return inRoadmapOrder(openRows(rows)).filter((row) => row.individual);
}

/** The same resource is often linked from many actions, under one address or, in the other
 * language's spelling, one title: it is listed once. */
const resourceKey = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/+$/, '');

export function resourceLinks(rows: readonly RoadmapRow[]): ResourceLinkModel[] {
  const seen = new Set<string>();
  const links: ResourceLinkModel[] = [];
  for (const row of inRoadmapOrder(openRows(rows))) {
    for (const resource of row.resources) {
      const keys = [resourceKey(resource.url), resourceKey(resource.title)];
      if (keys.some((key) => seen.has(key))) continue;
      keys.forEach((key) => seen.add(key));
      links.push(resource);
    }
  }
  return links;
}

export function needsSection(rows: readonly RoadmapRow[], format: Formatter): NeedsModel {
  const { t } = format;
  const funding = fundingRows(rows);
  const counts = workload(rows);
  return {
    heading: t('report:needs.heading'),
    intro: t('report:needs.intro', { count: openRows(rows).length }),
    workloadHeading: t('report:needs.workloadHeading'),
    workloadIntro: t('report:needs.workloadIntro'),
    workload: {
      columns: [
        t('report:needs.horizon'),
        ...EFFORTS.map((effort) => format.effort(effort)),
        t('report:needs.total'),
      ],
      rows: HORIZONS.map((horizon) => {
        const byEffort = counts[horizon];
        return [
          format.horizon(horizon),
          ...EFFORTS.map((effort) => String(byEffort[effort])),
          String(byEffort.low + byEffort.medium + byEffort.high),
        ];
      }),
    },
    trainingHeading: t('report:needs.trainingHeading'),
    trainingIntro: t('report:needs.trainingIntro'),
    training: trainingRows(rows).map((row) =>
      t('report:needs.trainingItem', { title: row.title, horizon: format.horizon(row.horizon) }),
    ),
    fundingHeading: t('report:needs.fundingHeading'),
    fundingIntro: t('report:needs.fundingIntro', { count: funding.length }),
    funding: {
      columns: [
        t('report:needs.action'),
        t('report:needs.horizon'),
        t('common:impact.label'),
        t('report:needs.who'),
      ],
      rows: funding.map((row) => [
        row.title,
        format.horizon(row.horizon),
        format.impact(row.impact),
        row.suggestedOwner ?? DASH,
      ]),
    },
    resourcesHeading: t('report:needs.resourcesHeading'),
    resourcesIntro: t('report:needs.resourcesIntro'),
    resources: resourceLinks(rows),
    resourceColumns: {
      title: t('report:needs.resource'),
      link: t('report:needs.link'),
      free: t('report:needs.freeColumn'),
    },
    freeLabel: t('report:needs.freeYes'),
    nothing: t('report:needs.nothing'),
  };
}
