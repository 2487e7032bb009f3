// Why a contribution or benchmark file was refused, as plain data (it crosses from the import worker to
// the screen): a problem of the file itself (the same codes as other Boussole files), a shape that is
// wrong, or content the engine's checks refuse. Each has its own translated message.
import type { BenchmarkProblem, ContributionProblem } from '../../engine/sector-snapshot';
import type { ImportError } from '../transfer/import-error';

export type SectorFileRefusal =
  /** Too large, empty, not text, not JSON, not Boussole, another kind, a newer format, edited. */
  | { kind: 'file'; error: ImportError }
  /** The content's shape is wrong; `path` is for the technical details only. */
  | { kind: 'structure'; path: string; tooDeep: boolean }
  | { kind: 'contribution'; problems: readonly ContributionProblem[] }
  | { kind: 'benchmark'; problems: readonly BenchmarkProblem[] }
  /** A .zip that cannot be read, is too large, or holds too many files. */
  | { kind: 'archive'; problem: 'unreadable' | 'too-large' | 'too-many-files' };

export type SectorRead<T> = { ok: true; value: T } | { ok: false; refusal: SectorFileRefusal };
