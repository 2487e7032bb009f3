// The sentences shared by the screens and the reports (the report namespace plus labels of common
// and profile). Keys are typed by i18next from the English locale files (src/lib/i18n-types.d.ts),
// the same typing the screens' `t` has, so a misspelled key fails the type check.
import type { i18n, ParseKeys } from 'i18next';

/** The i18n namespaces the report reads. */
export const REPORT_NAMESPACES = ['report', 'common', 'profile', 'benchmark'] as const;
type ReportNamespace = (typeof REPORT_NAMESPACES)[number];

/** A key of the report's namespaces, always written with its namespace ("report:cover.title"). */
export type ReportKey = Extract<ParseKeys<ReportNamespace[]>, `${ReportNamespace}:${string}`>;

/** Interpolation values and options (`count` picks the plural form). */
export type TextValues = Record<string, string | number | Date>;

/** Translates a key in the report's language (French already typeset with non-breaking spaces). */
export type Translate = (key: ReportKey, values?: TextValues) => string;

/** A `Translate` over an i18next instance created for the report's language. */
export function reportTranslator(instance: i18n): Translate {
  const t = instance.getFixedT(null, REPORT_NAMESPACES);
  return (key, values) => (values === undefined ? t(key) : t(key, values));
}
