// Sector figures as the reader writes numbers: quartiles fall on quarter points and are shown as they
// are (48.25, in French 48,25), never rounded into something no agency reported.
import { useTranslation } from 'react-i18next';

const formats = new Map<string, Intl.NumberFormat>();

export function formatFigure(value: number, language: string): string {
  const locale = language === 'fr' ? 'fr-CA' : 'en-CA';
  let format = formats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    formats.set(locale, format);
  }
  return format.format(value);
}

export function useFigureFormat(): (value: number) => string {
  const { i18n } = useTranslation();
  return (value) => formatFigure(value, i18n.language);
}
