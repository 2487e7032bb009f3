import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/engine/answer';
import { assessTeam } from '../../../src/engine/aggregate';
import {
  shownResult,
  TEAM,
  versionRefs,
  versionsById,
} from '../../../src/features/results/shown-result';
import { questionnaireOutcome } from '../../../src/state/cycle-results';
import type { Response } from '../../../src/domain/response';
import { loadExamples, loadShipped } from '../../support/content';

const literacy = loadShipped('digital-literacy');
const [first, second] = loadExamples('digital-literacy');

const response = (id: string, updatedAt: string, version = '1.0.0'): Response => ({
  id,
  cycleId: 'cycle',
  questionnaireId: 'digital-literacy',
  version,
  contentHash: literacy.contentHash,
  respondent: id,
  startedAt: '2026-01-01T00:00:00.000Z',
  updatedAt,
  origin: 'local',
});

const responses: { response: Response; answers: Answers }[] = [
  { response: response('amina', '2026-02-01T00:00:00.000Z'), answers: first!.example.answers },
  { response: response('jules', '2026-03-01T00:00:00.000Z'), answers: second!.example.answers },
  { response: response('empty', '2026-04-01T00:00:00.000Z'), answers: {} },
];

describe('which result the screen shows', () => {
  const versions = versionsById([literacy]);
  const outcome = questionnaireOutcome(literacy, responses, versions);

  it("shows the team's combined result by default, which is the organization's", () => {
    const shown = shownResult(outcome, versions, TEAM);
    expect(shown?.kind).toBe('team');
    expect(shown?.result).toBe(outcome.result);
    expect(shown?.result).toEqual(
      assessTeam(literacy, [first!.example.answers, second!.example.answers]).consensus,
    );
    expect(shown?.questionnaire).toBe(literacy);
  });

  it("shows a chosen respondent's own result", () => {
    const shown = shownResult(outcome, versions, 'amina');
    expect(shown?.kind === 'individual' && shown.individual.response.id).toBe('amina');
  });

  it('falls back to the team when the chosen response is gone', () => {
    expect(shownResult(outcome, versions, 'deleted')?.kind).toBe('team');
  });

  it('shows the only respondent as themselves', () => {
    const single = questionnaireOutcome(literacy, [responses[0]!], versions);
    const shown = shownResult(single, versions, TEAM);
    expect(shown?.kind === 'individual' && shown.individual.response.id).toBe('amina');
    expect(shown?.result).toEqual(single.result);
  });

  it('shows nothing when no response has an answer', () => {
    const empty = questionnaireOutcome(literacy, [responses[2]!], versions);
    expect(shownResult(empty, versions, TEAM)).toBeUndefined();
  });
});

describe('questionnaire versions to load', () => {
  it("lists the cycle's version first, then each other version a response was answered on", () => {
    const refs = versionRefs({ id: 'digital-literacy', version: '1.1.0' }, [
      { response: response('a', '2026-01-01T00:00:00.000Z', '1.0.0') },
      { response: response('b', '2026-01-01T00:00:00.000Z', '1.1.0') },
      { response: response('c', '2026-01-01T00:00:00.000Z', '1.0.0') },
    ]);
    expect(refs).toEqual([
      { id: 'digital-literacy', version: '1.1.0' },
      { id: 'digital-literacy', version: '1.0.0' },
    ]);
  });
});
