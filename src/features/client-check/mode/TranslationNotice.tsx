// The small line saying how far a translation can be trusted, in the client's language.
import type { PreparedClientCheck } from '../../../engine/client-check/parse';
import { needsNotice, type ClientLanguage } from '../../../engine/client-check/schema';

export function TranslationNotice({
  questionnaire,
  language,
}: {
  questionnaire: PreparedClientCheck;
  language: ClientLanguage;
}) {
  const translation = questionnaire.definition.translations[language];
  if (translation === undefined || !needsNotice(translation.status)) return null;
  const notice = translation.notice?.[language];
  return notice === undefined ? null : <p className="translation-notice">{notice}</p>;
}
