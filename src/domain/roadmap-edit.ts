// Leadership's edit of one roadmap item (status, owner, target date, note), kept per cycle and item
// key so it survives re-scoring.
import { z } from 'zod/mini';
import { id, isoDate, revision, shortText } from './fields';
import { MAX_NOTE_LENGTH } from './limits';

export const roadmapStatuses = ['planned', 'in-progress', 'done', 'not-relevant'] as const;
export type RoadmapStatus = (typeof roadmapStatuses)[number];

export const roadmapEditSchema = z.strictObject({
  cycleId: id,
  /** "<questionnaire id>/<roadmap item key>" (`roadmapEditKey`), stable across re-scoring. */
  itemKey: z.string().check(z.minLength(1), z.maxLength(300)),
  questionnaireId: id,
  status: z.optional(z.enum(roadmapStatuses)),
  owner: z.optional(shortText),
  targetDate: z.optional(z.iso.date()),
  note: z.optional(z.string().check(z.maxLength(MAX_NOTE_LENGTH))),
  updatedAt: isoDate,
  revision,
});
export type RoadmapEdit = z.infer<typeof roadmapEditSchema>;

/** A change to an item's edit: an empty string or undefined clears that field. */
export type RoadmapEditChange = Partial<
  Omit<RoadmapEdit, 'cycleId' | 'itemKey' | 'questionnaireId' | 'updatedAt' | 'revision'>
>;

export { questionnaireOfEditKey, roadmapEditKey } from './roadmap-edit-key';
