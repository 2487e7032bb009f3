// Opening a questionnaire reads the copy kept on the device when there is one, and keeps a copy of
// what it fetched; a copy that is not a valid definition is ignored.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  keepDefinitionCopiesIn,
  loadQuestionnaire,
  type DefinitionCopies,
} from '../../src/content/catalog';
import { getDefinitionCopy, keepDefinitionCopy } from '../../src/storage/definition-copies';
import { freshDatabase } from '../support/app';

function memoryCopies(initial: Record<string, unknown> = {}) {
  const kept = new Map(Object.entries(initial));
  const store: DefinitionCopies = {
    get: (id, version) => Promise.resolve(kept.get(`${id}@${version}`)),
    keep: (id, version, definition) => {
      kept.set(`${id}@${version}`, definition);
      return Promise.resolve();
    },
  };
  return { kept, store };
}

afterEach(() => {
  keepDefinitionCopiesIn(undefined);
  vi.restoreAllMocks();
});

describe('copies of questionnaire definitions', () => {
  it('fetches a definition once, keeps a copy, and opens from the copy without the network', async () => {
    const { kept, store } = memoryCopies();
    const fetching = vi.spyOn(globalThis, 'fetch');
    keepDefinitionCopiesIn(store);
    const first = await loadQuestionnaire('digital-literacy', '1.0.0');
    expect(fetching).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => {
      expect(kept.has('digital-literacy@1.0.0')).toBe(true);
    });

    keepDefinitionCopiesIn(store); // as after a reload: nothing prepared in memory
    fetching.mockClear();
    const second = await loadQuestionnaire('digital-literacy', '1.0.0');
    expect(fetching).not.toHaveBeenCalled();
    expect(second.contentHash).toBe(first.contentHash);
  });

  it('ignores a damaged copy and fetches the definition instead', async () => {
    const { store } = memoryCopies({ 'digital-literacy@1.0.0': { id: 'digital-literacy' } });
    const fetching = vi.spyOn(globalThis, 'fetch');
    keepDefinitionCopiesIn(store);
    const questionnaire = await loadQuestionnaire('digital-literacy', '1.0.0');
    expect(fetching).toHaveBeenCalledTimes(1);
    expect(questionnaire.definition.questions.length).toBeGreaterThan(0);
  });

  it('stores copies in IndexedDB, and reads nothing when there is none', async () => {
    freshDatabase();
    expect(await getDefinitionCopy('digital-literacy', '1.0.0')).toBeUndefined();
    await keepDefinitionCopy('digital-literacy', '1.0.0', { any: 'definition' });
    expect(await getDefinitionCopy('digital-literacy', '1.0.0')).toEqual({ any: 'definition' });
  });
});
