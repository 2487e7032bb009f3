// Text being typed is mirrored in localStorage until IndexedDB holds it. A tab closed or killed
// mid-typing cannot finish an IndexedDB write (its transaction dies with the page), but a
// localStorage write is done when setItem returns. On the next visit the field finds its draft and
// saves it. Drafts never leave the device, like everything else the app stores.

const prefix = 'boussole.draft.';

export function keepDraft(key: string, text: string): void {
  try {
    localStorage.setItem(prefix + key, text);
  } catch {
    // Storage full or unavailable: the debounced IndexedDB write is still the main path.
  }
}

export function readDraft(key: string): string | null {
  try {
    return localStorage.getItem(prefix + key);
  } catch {
    return null;
  }
}

export function dropDraft(key: string): void {
  try {
    localStorage.removeItem(prefix + key);
  } catch {
    // Nothing to drop where there is no storage.
  }
}

/** Every draft goes when all data is deleted or replaced: what it was typed into is gone or changed. */
export function dropAllDrafts(): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index));
    for (const key of keys) if (key?.startsWith(prefix)) localStorage.removeItem(key);
  } catch {
    // Nothing to drop where there is no storage.
  }
}
