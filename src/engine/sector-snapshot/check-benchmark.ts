// Refuses benchmark files that could not have been published under the rule, whose figures do not add
// up, or that are about questionnaire versions the agency does not know. Each refusal is typed.
import type { PreparedQuestionnaire } from '../prepare';
import {
  benchmarkSchema,
  type Benchmark,
  type BenchmarkMeasure,
  type BenchmarkQuestionnaire,
} from './benchmark-schema';
import type { DefinitionLookup } from './definition-lookup';
import { readContent, type ContentRead } from './read-content';
import { MINIMUM_COUNT, isSmallGroup, residuals, type ViewCounts } from './suppression';
import { viewIndex, viewKey, viewList } from './views';

interface Where {
  questionnaire: string;
  version: string;
}
interface WhereCell extends Where {
  /** null: the overall score. */
  dimension: string | null;
  /** 'all' or "<attribute>=<value>". */
  view: string;
}

export type BenchmarkProblem =
  | ({ problem: 'duplicate-questionnaire' } & Where)
  | ({ problem: 'duplicate-measure'; dimension: string | null } & Where)
  | ({ problem: 'duplicate-view' } & WhereCell)
  /** A figure about fewer than the minimum, directly or by subtracting published views. */
  | ({ problem: 'small-group' } & WhereCell)
  | ({ problem: 'inconsistent-figures' } & WhereCell)
  | ({ problem: 'unknown-version' } & Where)
  | ({ problem: 'changed-questionnaire' } & Where)
  | ({ problem: 'unknown-dimension'; dimension: string } & Where)
  | ({ problem: 'levels-differ' } & Where);

type Report = (problem: BenchmarkProblem) => void;
const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

function checkCells(entry: BenchmarkQuestionnaire, measure: BenchmarkMeasure, report: Report) {
  const where = { questionnaire: entry.id, version: entry.version, dimension: measure.dimension };
  const n = new Int32Array(viewList.length);
  const published = viewList.map(() => false);
  for (const cell of measure.cells) {
    const index = viewIndex(cell.view);
    const at = { ...where, view: viewKey(cell.view) };
    if (published[index]) report({ problem: 'duplicate-view', ...at });
    published[index] = true;
    n[index] = cell.n;
    if (cell.n < MINIMUM_COUNT) report({ problem: 'small-group', ...at });
    const adds =
      cell.q1 <= cell.median &&
      cell.median <= cell.q3 &&
      sum(cell.histogram) === cell.n &&
      cell.levels.length === entry.levels.length &&
      sum(cell.levels) + cell.provisional === cell.n;
    if (!adds) report({ problem: 'inconsistent-figures', ...at });
  }
  const all = n[0] ?? 0;
  if (!published[0]) {
    report({ problem: 'inconsistent-figures', ...where, view: 'all' });
    return;
  }
  // What the file shows of containment: everything lies in 'all', a province in its region.
  const views = viewList.length;
  const both = new Int32Array(views * views);
  for (const spec of viewList) {
    const count = n[spec.index] ?? 0;
    both[spec.index] = count;
    both[spec.index * views] = count;
    both[spec.index * views + spec.index] = count;
    if (spec.parent !== null) both[spec.parent * views + spec.index] = count;
  }
  const counts: ViewCounts = { n, both };
  for (const residual of residuals(counts, published)) {
    const at = () => ({ ...where, view: viewKey(viewList[residual.outer]?.view ?? 'all') });
    if (residual.count < 0 || (n[residual.outer] ?? 0) > all)
      report({ problem: 'inconsistent-figures', ...at() });
    else if (isSmallGroup(residual.count)) report({ problem: 'small-group', ...at() });
  }
}

function checkAgainstDefinition(
  entry: BenchmarkQuestionnaire,
  definition: PreparedQuestionnaire,
  report: Report,
) {
  const where = { questionnaire: entry.id, version: entry.version };
  if (definition.contentHash !== entry.contentHash) {
    report({ problem: 'changed-questionnaire', ...where });
    return;
  }
  if (entry.levels.join('\n') !== definition.levelOrder.join('\n'))
    report({ problem: 'levels-differ', ...where });
  for (const measure of entry.measures) {
    if (measure.dimension !== null && !definition.dimensionById.has(measure.dimension))
      report({ problem: 'unknown-dimension', ...where, dimension: measure.dimension });
  }
}

/** Every problem of a parsed benchmark; empty when it is accepted. */
export function checkBenchmark(
  benchmark: Benchmark,
  definitions?: DefinitionLookup,
): BenchmarkProblem[] {
  const problems: BenchmarkProblem[] = [];
  const report: Report = (problem) => problems.push(problem);
  const seen = new Set<string>();
  for (const entry of benchmark.questionnaires) {
    const where = { questionnaire: entry.id, version: entry.version };
    const key = `${entry.id}@${entry.version}`;
    if (seen.has(key)) report({ problem: 'duplicate-questionnaire', ...where });
    seen.add(key);
    const measures = new Set<string | null>();
    for (const measure of entry.measures) {
      if (measures.has(measure.dimension))
        report({ problem: 'duplicate-measure', ...where, dimension: measure.dimension });
      measures.add(measure.dimension);
      checkCells(entry, measure, report);
    }
    if (definitions === undefined) continue;
    const definition = definitions(entry.id, entry.version);
    if (definition === undefined) report({ problem: 'unknown-version', ...where });
    else checkAgainstDefinition(entry, definition, report);
  }
  return problems;
}

/** A benchmark's content as read from a file: the parsed benchmark, or every reason to refuse it. */
export function readBenchmark(
  raw: unknown,
  definitions?: DefinitionLookup,
): ContentRead<Benchmark, BenchmarkProblem> {
  return readContent(raw, benchmarkSchema, (b) => checkBenchmark(b, definitions));
}
