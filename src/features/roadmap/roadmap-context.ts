// What every part of the roadmap screen needs to show an action: the cycle, whether it can be
// changed, the questionnaires behind the actions, the report's formatter (titles and reasons read
// as in the PDF) and the roadmap itself (to name what an action waits for).
import type { CycleAction, CycleRoadmap } from '../../engine/cycle-action';
import type { Language } from '../../lib/typography';
import type { Formatter } from '../../presentation/format';
import type { OwnActionRecord } from '../../domain/own-action';
import type { QuestionnairesById } from './action-text';

export interface RoadmapContext {
  cycleId: string;
  readOnly: boolean;
  questionnaires: QuestionnairesById;
  format: Formatter;
  language: Language;
  roadmap: CycleRoadmap;
  /** The roadmap's actions by key (to name what an action waits for). */
  actionsByKey: ReadonlyMap<string, CycleAction>;
  /** Names of the cycles on the device, by id (where an action was carried over from). */
  cycleNames: ReadonlyMap<string, string>;
  /** The organization's own actions as stored, by id. */
  ownActions: ReadonlyMap<string, OwnActionRecord>;
}
