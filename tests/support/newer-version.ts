// A newer version of the cybersecurity baseline that is never published: built here from the newest
// shipped version, numbered past every shipped one, so tests can carry responses to a newer version
// whatever ships next. It adds the catalog entry with `extendCatalog`.
import { extendCatalog, loadQuestionnaire } from '../../src/content/catalog';
import type { Cycle } from '../../src/domain/cycle';
import type { Response } from '../../src/domain/response';
import { createResponse } from '../../src/storage/responses';
import { answerAll, exampleAnswers } from './cycle-fixture';
import type { QuestionnaireInput } from '../../src/engine/schema';
import { latestVersion, readRaw, unshippedVersion } from './content';

export const CYBER = 'cybersecurity-baseline';
/** The newest shipped version: the responses the tests carry start on it. */
export const SHIPPED = latestVersion(CYBER);
/** The fixture's version, newer than anything shipped. */
export const NEWER = unshippedVersion(CYBER);

/**
 * What changed from the shipped version: "mfa-email" is reworded; "passwords" no longer offers
 * "shared-written"; "usb-use" is renamed "removable-media"; "media-disposal" is gone;
 * "phishing-reporting" is new.
 */
export function cyberNext(): QuestionnaireInput {
  const text = JSON.stringify(readRaw(CYBER, SHIPPED)).replaceAll('"usb-use"', '"removable-media"');
  const definition = JSON.parse(text) as QuestionnaireInput;
  const question = (id: string) => {
    const found = definition.questions.find((q) => q.id === id);
    if (found === undefined) throw new Error(`no question ${id}`);
    return found;
  };
  definition.version = NEWER;
  definition.previous = { version: SHIPPED, questionMap: { 'removable-media': 'usb-use' } };
  question('mfa-email').prompt = {
    en: 'Is multifactor authentication on for every email account, volunteers’ included?',
    fr: 'L’authentification multifacteur est-elle activée pour chaque compte de courriel, y compris ceux des bénévoles ?',
  };
  const passwords = question('passwords');
  if (passwords.kind !== 'single-choice') throw new Error('passwords is a single choice');
  passwords.options = passwords.options.filter((o) => o.id !== 'shared-written');
  definition.questions = definition.questions.filter((q) => q.id !== 'media-disposal');
  definition.questions.push({
    id: 'phishing-reporting',
    dimension: 'awareness-training',
    kind: 'yes-partly-no',
    prompt: {
      en: 'Do staff have a one-click way to report a suspicious email?',
      fr: 'Le personnel peut-il signaler un courriel suspect en un clic ?',
    },
  });
  const recommendations = (definition.recommendations ?? []).filter(
    (r) => !JSON.stringify(r.trigger).includes('"media-disposal"'),
  );
  const kept = new Set(recommendations.map((r) => r.id));
  definition.recommendations = recommendations.map((r) => ({
    ...r,
    dependsOn: (r.dependsOn ?? []).filter((id) => kept.has(id)),
  }));
  return definition;
}

/** Offers the newer version of the baseline next to the shipped ones (`extendCatalog()` undoes). */
export function offerNewerVersion(): void {
  extendCatalog([{ id: CYBER, version: NEWER, load: () => Promise.resolve(cyberNext()) }]);
}

/** A response on the newest shipped version of the baseline, answered as the small rural centre example. */
export async function respondOnEarlierVersion(cycle: Cycle, respondent: string): Promise<Response> {
  const questionnaire = await loadQuestionnaire(CYBER, SHIPPED);
  const response = await createResponse({
    cycleId: cycle.id,
    questionnaireId: CYBER,
    version: SHIPPED,
    contentHash: questionnaire.contentHash,
    respondent,
  });
  await answerAll(response.id, exampleAnswers(CYBER, 'small-rural-centre', SHIPPED));
  return response;
}
