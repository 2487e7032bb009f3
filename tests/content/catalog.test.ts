// Loading a questionnaire: one shared load while it runs or once it succeeded, and a fresh try after a
// failure (a dropped connection must not leave the questionnaire unavailable until a full reload).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepDefinitionCopiesIn, loadQuestionnaire } from '../../src/content/catalog';

afterEach(() => {
  keepDefinitionCopiesIn(undefined);
  vi.restoreAllMocks();
});

describe('loading a questionnaire', () => {
  it('tries again after a failed load instead of keeping the failure', async () => {
    keepDefinitionCopiesIn(undefined);
    const realFetch = globalThis.fetch;
    const fetching = vi
      .spyOn(globalThis, 'fetch')
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockImplementation(realFetch);
    await expect(loadQuestionnaire('digital-maturity', '1.0.0')).rejects.toThrow('Failed to fetch');
    const loaded = await loadQuestionnaire('digital-maturity', '1.0.0');
    expect(loaded.definition.id).toBe('digital-maturity');
    expect(fetching).toHaveBeenCalledTimes(2);
  });

  it('shares one load between callers once it has succeeded', async () => {
    keepDefinitionCopiesIn(undefined);
    const fetching = vi.spyOn(globalThis, 'fetch');
    const [a, b] = await Promise.all([
      loadQuestionnaire('digital-literacy', '1.0.0'),
      loadQuestionnaire('digital-literacy', '1.0.0'),
    ]);
    expect(a).toBe(b);
    expect(await loadQuestionnaire('digital-literacy', '1.0.0')).toBe(a);
    expect(fetching).toHaveBeenCalledTimes(1);
  });
});
