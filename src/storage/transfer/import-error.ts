// Refusing an imported file as a typed value (the codes and their shape are in src/domain).
import type { ImportError, ImportErrorCode } from '../../domain/import-error';

export {
  importErrorCodes,
  type ImportError,
  type ImportErrorCode,
} from '../../domain/import-error';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ImportError };

export const refuse = (
  code: ImportErrorCode,
  details: Record<string, string | number> = {},
): {
  ok: false;
  error: ImportError;
} => ({ ok: false, error: { code, details } });
