// The storage's public entry (index.ts) is the Dexie implementation of the repository: this type
// fails the type check when a function of the repository is missing there or has another signature.
import type * as dexie from './index';
import type { Repository } from './repository';

type Implements<T extends Repository> = T;
export type DexieRepository = Implements<typeof dexie>;
