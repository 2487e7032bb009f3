// Every text a person typed that the report prints, named by its field, for the pre-export check.
import type { TypedField } from '../fonts/print-check';
import type { ReportInput } from './report-input';
import type { RoadmapRow } from './report-model';

export function typedFields(input: ReportInput, rows: readonly RoadmapRow[]): TypedField[] {
  const fields: TypedField[] = [
    { kind: 'organization', item: null, text: input.profile.name },
    { kind: 'cycle', item: null, text: input.cycle.name },
  ];
  if (input.previous !== undefined) {
    fields.push({ kind: 'previousCycle', item: null, text: input.previous.cycle.name });
  }
  for (const row of rows) {
    if (row.owner !== null) fields.push({ kind: 'owner', item: row.title, text: row.owner });
    if (row.note !== null) fields.push({ kind: 'note', item: row.title, text: row.note });
  }
  return fields;
}
