// Rules a client check follows beyond the schema and the rules of every questionnaire: every client
// text in every declared language, an honest status for each translation, safe pictures, result lines
// that name existing areas and kinds of help, and areas without a level kept out of scores.
import { conditionReferences } from '../conditions';
import { jsonPath } from '../prepare';
import type { ContentIssue } from '../validate';
import type { PreparedClientCheck } from './parse';
import { clientInterfaceKeys, needsNotice, type ClientLanguage, type ClientText } from './schema';
import { pictureProblems } from './svg-picture';

type Path = (string | number)[];

/** Every client-facing text of a definition, with where it is. */
export function clientTexts(
  questionnaire: PreparedClientCheck,
): { path: Path; text: ClientText }[] {
  const { definition } = questionnaire;
  const texts: { path: Path; text: ClientText }[] = [
    { path: ['title'], text: definition.title },
    { path: ['description'], text: definition.description },
  ];
  for (const key of clientInterfaceKeys)
    texts.push({ path: ['clientInterface', key], text: definition.clientInterface[key] });
  definition.helpKinds.forEach((kind, index) => {
    texts.push({ path: ['helpKinds', index, 'label'], text: kind.label });
  });
  definition.dimensions.forEach((dimension, index) => {
    texts.push({ path: ['dimensions', index, 'title'], text: dimension.title });
    texts.push({ path: ['dimensions', index, 'description'], text: dimension.description });
  });
  definition.questions.forEach((question, index) => {
    const at: Path = ['questions', index];
    texts.push({ path: [...at, 'prompt'], text: question.prompt });
    if (question.help) texts.push({ path: [...at, 'help'], text: question.help });
    question.options.forEach((option, o) => {
      texts.push({ path: [...at, 'options', o, 'label'], text: option.label });
    });
    if (question.picture)
      texts.push({ path: [...at, 'picture', 'alt'], text: question.picture.alt });
  });
  definition.levels.forEach((level, index) => {
    texts.push({ path: ['levels', index, 'label'], text: level.label });
    texts.push({ path: ['levels', index, 'description'], text: level.description });
  });
  definition.recommendations.forEach((line, index) => {
    texts.push({ path: ['recommendations', index, 'title'], text: line.title });
    texts.push({ path: ['recommendations', index, 'body'], text: line.body });
  });
  return texts;
}

function checkLanguages(questionnaire: PreparedClientCheck, report: (p: Path, m: string) => void) {
  const { languages, translations } = questionnaire.definition;
  const declared = new Set<ClientLanguage>(languages);
  if (languages[0] !== 'en' || languages[1] !== 'fr')
    report(['languages'], 'must start with "en" and "fr", the languages staff work in');
  if (declared.size !== languages.length) report(['languages'], 'lists a language twice');

  for (const { path, text } of clientTexts(questionnaire)) {
    const missing = languages.filter((language) => text[language] === undefined);
    const extra = (Object.keys(text) as ClientLanguage[]).filter((l) => !declared.has(l));
    if (missing.length > 0) report(path, `has no text in ${missing.join(', ')}`);
    if (extra.length > 0) report(path, `has text in ${extra.join(', ')}, which is not declared`);
  }

  let sources = 0;
  for (const language of languages) {
    const translation = translations[language];
    if (translation === undefined) {
      report(['translations'], `says nothing about the ${language} text`);
      continue;
    }
    const at: Path = ['translations', language];
    if (translation.status === 'source') sources += 1;
    if ((language === 'ar') !== (translation.dir === 'rtl'))
      report([...at, 'dir'], `"${translation.dir}" is not the direction ${language} is written in`);
    if (translation.status === 'reviewed' && translation.reviewedOn === undefined)
      report([...at, 'reviewedOn'], 'a reviewed translation says when it was reviewed');
    if (needsNotice(translation.status)) {
      const needed: ClientLanguage[] = ['en', 'fr', language];
      const missing = needed.filter((l) => !translation.notice?.[l]);
      if (missing.length > 0)
        report(
          [...at, 'notice'],
          `a ${translation.status} translation says so on screen, in ${missing.join(', ')} too`,
        );
    }
  }
  for (const language of Object.keys(translations))
    if (!declared.has(language as ClientLanguage))
      report(['translations', language], 'is about a language that is not declared');
  if (sources !== 1) report(['translations'], 'exactly one language is the source text');
}

function checkResultLines(
  questionnaire: PreparedClientCheck,
  report: (p: Path, m: string) => void,
) {
  const { definition, dimensionById } = questionnaire;
  const helpKinds = new Set<string>();
  definition.helpKinds.forEach((kind, index) => {
    if (helpKinds.has(kind.id))
      report(['helpKinds', index, 'id'], `duplicate kind of help "${kind.id}"`);
    helpKinds.add(kind.id);
  });
  const orders = new Map<number, string>();
  definition.recommendations.forEach((line, index) => {
    const at: Path = ['recommendations', index];
    if (line.area !== undefined && !dimensionById.has(line.area))
      report([...at, 'area'], `refers to area "${line.area}", which does not exist`);
    line.helpKinds.forEach((kind, k) => {
      if (!helpKinds.has(kind))
        report([...at, 'helpKinds', k], `refers to kind of help "${kind}", which does not exist`);
    });
    if (line.section === 'learn-next') {
      if (line.helpKinds.length === 0)
        report([...at, 'helpKinds'], 'what to learn next names at least one kind of help');
      if (line.clientOrder === undefined)
        report([...at, 'clientOrder'], 'what to learn next says where it comes for the client');
      else if (orders.has(line.clientOrder))
        report(
          [...at, 'clientOrder'],
          `comes at ${line.clientOrder}, like "${orders.get(line.clientOrder) ?? ''}"`,
        );
      else orders.set(line.clientOrder, line.id);
    } else if (line.clientOrder !== undefined) {
      report([...at, 'clientOrder'], 'only what to learn next is ranked for the client');
    }
  });
}

function checkQuestions(questionnaire: PreparedClientCheck, report: (p: Path, m: string) => void) {
  const { definition, dimensionById } = questionnaire;
  definition.questions.forEach((question, index) => {
    const at: Path = ['questions', index];
    const unscoredArea = dimensionById.get(question.dimension)?.scored === false;
    if (unscoredArea && question.scored !== false)
      report([...at, 'scored'], `is in area "${question.dimension}", which has no level`);
    if (question.allowNotApplicable)
      report([...at, 'allowNotApplicable'], 'a client answers every question for themselves');
    if (question.picture === undefined) report(at, 'every question a client sees has a picture');
    else
      for (const problem of pictureProblems(question.picture.svg))
        report([...at, 'picture', 'svg'], problem);
  });
  definition.dimensions.forEach((dimension, index) => {
    if (dimension.scored !== false) return;
    const needed = definition.recommendations.some((line) =>
      conditionReferences(line.trigger).dimensions.includes(dimension.id),
    );
    if (needed)
      report(
        ['dimensions', index],
        `area "${dimension.id}" has no score for a result to depend on`,
      );
  });
}

/** Problems of a client check that the general rules do not see. */
export function clientCheckIssues(questionnaire: PreparedClientCheck): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (path: Path, message: string) => {
    issues.push({ path: jsonPath(path), message });
  };
  checkLanguages(questionnaire, report);
  checkQuestions(questionnaire, report);
  checkResultLines(questionnaire, report);
  return issues;
}
