// Runs before every test file: an in-memory IndexedDB (Dexie's live queries look for the global one)
// and jest-dom matchers.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
