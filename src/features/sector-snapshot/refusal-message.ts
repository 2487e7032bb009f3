// A refused contribution or benchmark file in plain words: the file's own problem (the messages every
// Boussole file uses), a damaged layout, an unreadable archive, or the first thing its checks refused.
// Questionnaires are named by their title when this copy knows them.
import { useTranslation } from 'react-i18next';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { useFileRefusal, type RefusalWords } from '../../components/use-file-refusal';
import type { SectorFileRefusal } from '../../state/sector/file-refusal';
import { localize } from '../../lib/typography';
import { currentLanguage } from '../../lib/i18n';

type Titles = (id: string) => string;

/** The title of a questionnaire id in the reader's language, or the id itself when unknown. */
export function useQuestionnaireTitles(
  definitions: readonly PreparedQuestionnaire[] | undefined,
): Titles {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const titles = new Map(
    (definitions ?? []).map((q) => [q.definition.id, localize(q.definition.title, language)]),
  );
  return (id) => titles.get(id) ?? id;
}

/**
 * `file` says what the file should have been, for a file whose layout is wrong. The words come with
 * the technical facts (where in the file, which check), for a "Details" disclosure.
 */
export function useRefusalMessage(
  titles: Titles,
  file: 'contribution' | 'benchmark',
): (refusal: SectorFileRefusal) => RefusalWords {
  const message = useRefusalText(titles, file);
  const fileRefusal = useFileRefusal();
  return (refusal) => {
    if (refusal.kind === 'file') return fileRefusal(refusal.error);
    return { message: message(refusal), detail: sectorDetail(refusal) };
  };
}

function sectorDetail(refusal: Exclude<SectorFileRefusal, { kind: 'file' }>): string {
  switch (refusal.kind) {
    case 'archive':
      return `archive; ${refusal.problem}`;
    case 'structure':
      return `structure; path: ${refusal.path}${refusal.tooDeep ? '; too deep' : ''}`;
    case 'contribution':
    case 'benchmark':
      return [
        refusal.kind,
        ...refusal.problems.map((problem) =>
          Object.entries(problem)
            .map(([name, value]) => `${name}: ${String(value)}`)
            .join(', '),
        ),
      ].join('; ');
  }
}

function useRefusalText(
  titles: Titles,
  file: 'contribution' | 'benchmark',
): (refusal: Exclude<SectorFileRefusal, { kind: 'file' }>) => string {
  const { t } = useTranslation(['sector', 'benchmark']);
  return (refusal) => {
    switch (refusal.kind) {
      case 'archive':
        return t(`sector:refusal.archive.${refusal.problem}`);
      case 'structure':
        if (file === 'benchmark')
          return t(refusal.tooDeep ? 'benchmark:refusal.tooDeep' : 'benchmark:refusal.structure');
        return t(refusal.tooDeep ? 'sector:refusal.tooDeep' : 'sector:refusal.structure');
      case 'contribution': {
        const [first] = refusal.problems;
        if (first === undefined) return t('sector:refusal.structure');
        const message = t(`sector:refusal.contribution.${first.problem}`, {
          ...first,
          questionnaire: titles(first.questionnaire),
        } as Record<string, string | number>);
        const more = refusal.problems.length - 1;
        return more > 0 ? t('sector:refusal.moreProblems', { message, count: more }) : message;
      }
      case 'benchmark': {
        const [first] = refusal.problems;
        if (first === undefined) return t('benchmark:refusal.structure');
        const message = t(`benchmark:refusal.benchmark.${first.problem}`, {
          ...first,
          questionnaire: titles(first.questionnaire),
        } as Record<string, string | number>);
        const more = refusal.problems.length - 1;
        return more > 0 ? t('benchmark:refusal.moreProblems', { message, count: more }) : message;
      }
    }
  };
}
