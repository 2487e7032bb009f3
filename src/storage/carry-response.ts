// Moving an unfinished response to a newer version of its questionnaire, in one transaction. The
// answers it had are kept in the response (`carriedFrom`), so carrying over never loses one; finished
// (submitted) responses always keep their own version.
import { carryAnswersThrough, type CarriedAnswers } from '../engine/carry';
import type { PreparedQuestionnaire } from '../engine/prepare';
import type { Answer } from '../engine/answer';
import { canonicalJson } from '../engine/content-hash';
import { compareVersions } from '../engine/versions';
import { database } from './database';
import { writingDevice } from './writing-device';
import { now } from './ids';
import type { AnswerRecord } from '../domain/answer-record';
import { toAnswers } from '../domain/to-answers';
import type { Response } from '../domain/response';
import { changeResponse } from './responses';
import { bump } from './revision';

export type CarryRefusal =
  | 'response-missing'
  | 'submitted'
  | 'cycle-closed'
  /** The first version given is not the one the response is on (another tab moved it already). */
  | 'version-mismatch'
  /** The last version given is not newer than the first. */
  | 'not-newer';

export type CarryOutcome =
  | {
      ok: true;
      response: Response;
      carried: CarriedAnswers;
      /** The cycle moved to the newer version too (see `carryResponse`). */
      cycleMoved: boolean;
    }
  | { ok: false; reason: CarryRefusal };

const sameAnswer = (a: Answer | undefined, b: Answer) =>
  canonicalJson(a ?? {}) === canonicalJson(b);

const refuse = (reason: CarryRefusal): CarryOutcome => ({ ok: false, reason });

/**
 * Carries a response through `versions` (its own version first, then every newer one up to the
 * target) and replaces its answers with the carried ones. The cycle's version of the questionnaire —
 * the one new responses start on and the team result is built from — moves to the target too, unless
 * a teammate's finished response would then fall out of the team result.
 */
export async function carryResponse(
  responseId: string,
  versions: readonly PreparedQuestionnaire[],
): Promise<CarryOutcome> {
  const first = versions[0]?.definition;
  const target = versions[versions.length - 1];
  if (first === undefined || target === undefined) return refuse('not-newer');
  const db = database();
  const device = await writingDevice(db);
  return db.transaction('rw', db.cycles, db.responses, db.answers, async () => {
    const response = await db.responses.get(responseId);
    if (!response) return refuse('response-missing');
    if (response.submittedAt !== undefined) return refuse('submitted');
    const cycle = await db.cycles.get(response.cycleId);
    if (!cycle || cycle.closedAt !== undefined) return refuse('cycle-closed');
    if (
      response.questionnaireId !== first.id ||
      response.version !== first.version ||
      response.contentHash !== versions[0]?.contentHash
    )
      return refuse('version-mismatch');
    const { id: targetId, version: targetVersion } = target.definition;
    if (targetId !== first.id || compareVersions(targetVersion, first.version) <= 0)
      return refuse('not-newer');

    const records = await db.answers.where('responseId').equals(responseId).toArray();
    const carried = carryAnswersThrough(versions, toAnswers(records));
    const stamp = now();
    const answeredAt = new Map(records.map((record) => [record.questionId, record.answeredAt]));
    const stored = new Map(records.map((record) => [record.questionId, record]));
    const moved: AnswerRecord[] = Object.entries(carried.answers).map(([questionId, answer]) => {
      const previous = stored.get(questionId);
      // An answer that stays as it was under the same question id is not a new write of it.
      const unchanged =
        previous !== undefined && sameAnswer(toAnswers([previous])[questionId], answer);
      return {
        ...answer,
        responseId,
        questionId,
        answeredAt: answeredAt.get(carried.sources[questionId] ?? '') ?? stamp,
        revision: unchanged ? previous.revision : bump(previous?.revision, device),
      };
    });
    const { lastPage: _page, declinedVersion: _declined, ...kept } = response;
    const updated: Response = {
      ...kept,
      version: targetVersion,
      contentHash: target.contentHash,
      updatedAt: stamp,
      carriedFrom: [
        ...(response.carriedFrom ?? []),
        {
          version: response.version,
          contentHash: response.contentHash,
          carriedAt: stamp,
          answers: records.map(({ responseId: _r, revision: _v, ...answer }) => answer),
          newQuestions: carried.newQuestions,
          changedQuestions: carried.changedQuestions,
          droppedAnswers: carried.droppedAnswers,
        },
      ],
      revision: bump(response.revision, device),
    };
    await db.answers.where('responseId').equals(responseId).delete();
    await db.answers.bulkAdd(moved);
    await db.responses.put(updated);

    const ref = cycle.questionnaires.find((q) => q.id === targetId);
    const teammates = await db.responses
      .where('[cycleId+questionnaireId]')
      .equals([cycle.id, targetId])
      .toArray();
    const finishedOnAnother = teammates.some(
      (r) => r.submittedAt !== undefined && r.version !== targetVersion,
    );
    const cycleMoved =
      ref !== undefined && compareVersions(ref.version, targetVersion) < 0 && !finishedOnAnother;
    if (cycleMoved) {
      await db.cycles.put({
        ...cycle,
        questionnaires: cycle.questionnaires.map((q) =>
          q.id === targetId ? { id: targetId, version: targetVersion } : q,
        ),
        updatedAt: stamp,
        revision: bump(cycle.revision, device),
      });
    }
    return { ok: true, response: updated, carried, cycleMoved };
  });
}

/** Records that the respondent finishes on their version rather than moving to `version`. */
export async function declineNewerVersion(responseId: string, version: string): Promise<void> {
  await changeResponse(responseId, (response) => ({ ...response, declinedVersion: version }));
}
