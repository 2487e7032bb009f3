// The interface text the report uses, typed from the English locale files so a misspelled key fails
// the type check. The report reads its own namespace plus labels it shares with the screens.
import type { i18n } from 'i18next';
import type benchmark from '../../locales/en/benchmark.json';
import type common from '../../locales/en/common.json';
import type profile from '../../locales/en/profile.json';
import type report from '../../locales/en/report.json';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** "a.b.c" paths to the strings of a locale file; plural forms collapse to their base key. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? WithoutPlural<`${Prefix}${K}`>
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** The i18n namespaces the report reads. */
export const REPORT_NAMESPACES = ['common', 'profile', 'report', 'benchmark'] as const;

export type ReportKey =
  | `report:${Leaves<typeof report>}`
  | `common:${Leaves<typeof common>}`
  | `profile:${Leaves<typeof profile>}`
  | `benchmark:${Leaves<typeof benchmark>}`;

/** Interpolation values and options (`count` picks the plural form). */
export type TextValues = Record<string, string | number | Date>;

/** Translates a key in the report's language (French already typeset with non-breaking spaces). */
export type Translate = (key: ReportKey, values?: TextValues) => string;

/** A `Translate` over an i18next instance created for the report's language. */
export function reportTranslator(instance: i18n): Translate {
  // The report's keys are typed above; i18next's own key typing does not list every namespace.
  const t = instance.t.bind(instance) as unknown as (key: string, values?: TextValues) => string;
  return (key, values) => t(key, values);
}
