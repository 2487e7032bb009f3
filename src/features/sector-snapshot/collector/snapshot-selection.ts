// What the figures show: a year, a questionnaire version, and all agencies or one group (one filter at
// a time, as the suppression rule assumes). Pure, so a filter change is a few lookups.
import {
  attributeValues,
  type Benchmark,
  type BenchmarkQuestionnaire,
  type PeerAttribute,
  type View,
} from '../../../engine/sector-snapshot';

export type Group = 'all' | PeerAttribute;
export const groups: readonly Group[] = ['all', 'region', 'province', 'communitySize', 'staffBand'];

export interface Selection {
  year: number;
  /** "id@version" of a questionnaire version in the year's benchmark. */
  questionnaire: string;
  group: Group;
  /** The group's value; ignored for 'all'. */
  value: string;
}

export const questionnaireKey = (entry: { id: string; version: string }): string =>
  `${entry.id}@${entry.version}`;

export function viewOf(selection: Pick<Selection, 'group' | 'value'>): View {
  const { group, value } = selection;
  if (group === 'all') return 'all';
  const values = attributeValues[group];
  const known = values.includes(value) ? value : (values[0] ?? '');
  return { attribute: group, value: known } as View;
}

/** The selection kept as far as it still fits the benchmarks (newest year, first questionnaire). */
export function settleSelection(
  benchmarks: readonly Benchmark[],
  wanted: Partial<Selection>,
): Selection | null {
  const benchmark =
    benchmarks.find((b) => b.year === wanted.year) ?? benchmarks[benchmarks.length - 1];
  if (benchmark === undefined) return null;
  const entries = benchmark.questionnaires;
  const entry = entries.find((q) => questionnaireKey(q) === wanted.questionnaire) ?? entries[0];
  const group = wanted.group ?? 'all';
  const values = group === 'all' ? [] : attributeValues[group];
  const value = values.includes(wanted.value ?? '') ? (wanted.value ?? '') : (values[0] ?? '');
  return {
    year: benchmark.year,
    questionnaire: entry === undefined ? '' : questionnaireKey(entry),
    group,
    value,
  };
}

export function selectedEntry(
  benchmark: Benchmark | undefined,
  selection: Selection,
): BenchmarkQuestionnaire | undefined {
  return benchmark?.questionnaires.find((q) => questionnaireKey(q) === selection.questionnaire);
}
