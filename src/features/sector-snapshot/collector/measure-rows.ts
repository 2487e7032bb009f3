// The rows the chart and the tables draw: each measure of the picked view with its name in the reader's
// language and its published figures, or null when this group's figures are not shown.
import type { PreparedQuestionnaire } from '../../../engine/prepare';
import type { BenchmarkCell, PickedMeasure } from '../../../engine/sector-snapshot';
import { localize, type Language } from '../../../lib/typography';

export interface MeasureRow {
  key: string;
  name: string;
  cell: BenchmarkCell | null;
}

export function measureRows(
  picked: readonly PickedMeasure[],
  definition: PreparedQuestionnaire | undefined,
  language: Language,
  overallName: string,
): MeasureRow[] {
  return picked.map(({ dimension, cell }) => {
    const found = dimension === null ? undefined : definition?.dimensionById.get(dimension);
    return {
      key: dimension ?? '',
      name:
        dimension === null
          ? overallName
          : found === undefined
            ? dimension
            : localize(found.title, language),
      cell,
    };
  });
}
