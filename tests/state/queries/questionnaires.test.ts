import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadQuestionnaire } from '../../../src/content/catalog';
import { preloadResponseQuestionnaire } from '../../../src/state/queries/questionnaires';
import { createCycle } from '../../../src/storage/cycles';
import { createResponse } from '../../../src/storage/responses';
import { freshDatabase } from '../../support/app';

const definitionFetches = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.filter(([input]) => String(input).includes('digital-literacy')).length;

describe('opening the app on a questionnaire page', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("starts loading the response's questionnaire at once, and the page reuses that load", async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const ref = { id: 'digital-literacy', version: '1.0.0' };
    const cycle = await createCycle('2026 annual self-assessment', [ref]);
    const response = await createResponse({
      cycleId: cycle.id,
      questionnaireId: ref.id,
      version: ref.version,
      contentHash: 'a'.repeat(64),
      respondent: 'Settlement worker',
    });

    preloadResponseQuestionnaire(response.id);
    await vi.waitFor(() => {
      expect(definitionFetches(fetchSpy)).toBe(1);
    });
    const questionnaire = await loadQuestionnaire(ref.id, ref.version);
    expect(questionnaire.definition.id).toBe('digital-literacy');
    expect(definitionFetches(fetchSpy)).toBe(1);
  });

  it('does nothing for a response that is not on this device', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    preloadResponseQuestionnaire('no-such-response');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
