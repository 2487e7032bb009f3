// The report's comparison with similar agencies, when the organization imported a sector benchmark:
// per questionnaire, each compared measure as one sentence ("you: 62; agencies of your size band:
// median 48, middle half 35–60, n = 41") and what could not be compared, with the reason. Built from
// comparisons the engine made; the report reads no database.
import type { BenchmarkComparison, View } from '../../engine/sector-snapshot';
import type { Formatter } from '../../presentation/format';
import { peerValueInSentence } from '../../presentation/peer-values';
import type { QuestionnaireReport } from './report-input';

/** What the exporting screen gathers: the benchmark's year and one comparison per questionnaire. */
export interface SectorComparisonInput {
  year: number;
  comparisons: BenchmarkComparison[];
}

export interface SectorComparisonGroup {
  heading: string;
  /** A version note, or why nothing is compared. */
  note: string | null;
  lines: string[];
  notComparedHeading: string;
  notCompared: string[];
}

export interface SectorComparisonModel {
  heading: string;
  intro: string;
  groups: SectorComparisonGroup[];
}

function peersText(view: View, format: Formatter): string {
  return view === 'all'
    ? format.t('benchmark:peers.all')
    : format.t(`benchmark:peers.${view.attribute}`, {
        value: peerValueInSentence(format.t, view.attribute, view.value),
      });
}

function group(
  comparison: BenchmarkComparison,
  report: QuestionnaireReport | undefined,
  format: Formatter,
): SectorComparisonGroup {
  const { t } = format;
  const definition = report?.questionnaire;
  const measureName = (dimension: string | null) => {
    if (dimension === null) return t('benchmark:overall');
    const found = definition?.dimensionById.get(dimension);
    return found === undefined ? dimension : format.text(found.title);
  };
  const figure = (value: number) => t('benchmark:figure', { value });
  const { view } = comparison;
  const note =
    comparison.benchmarkVersion === null
      ? t('benchmark:noQuestionnaire', { year: comparison.year })
      : view === null
        ? t('benchmark:chooseGroup')
        : comparison.benchmarkVersion !== comparison.version
          ? t('benchmark:versionNote', {
              benchmarkVersion: comparison.benchmarkVersion,
              version: comparison.version,
            })
          : null;
  const lines =
    view === null
      ? []
      : comparison.measures.flatMap(({ dimension, you, provisional, peers }) =>
          you === null || peers.status !== 'published'
            ? []
            : [
                t(provisional ? 'benchmark:lineProvisional' : 'benchmark:line', {
                  measure: measureName(dimension),
                  you,
                  peers: peersText(view, format),
                  median: figure(peers.median),
                  q1: figure(peers.q1),
                  q3: figure(peers.q3),
                  n: peers.n,
                }),
              ],
        );
  return {
    heading:
      definition === undefined
        ? comparison.questionnaire
        : format.text(definition.definition.title),
    note,
    lines,
    notComparedHeading: t('benchmark:notComparedTitle'),
    notCompared: comparison.notCompared.map(({ dimension, reason }) =>
      t(`benchmark:reason.${reason}`, { measure: measureName(dimension) }),
    ),
  };
}

export function sectorComparisonSection(
  input: SectorComparisonInput,
  reports: readonly QuestionnaireReport[],
  format: Formatter,
): SectorComparisonModel {
  const byId = new Map(reports.map((report) => [report.questionnaire.definition.id, report]));
  const view = input.comparisons.find((c) => c.view !== null)?.view ?? 'all';
  return {
    heading: format.t('benchmark:report.heading'),
    intro: format.t('benchmark:report.intro', { year: input.year, peers: peersText(view, format) }),
    groups: input.comparisons.map((comparison) =>
      group(comparison, byId.get(comparison.questionnaire), format),
    ),
  };
}
