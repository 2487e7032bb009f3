// @vitest-environment jsdom
// A result that stands on too few answers: the results screen shows its score as provisional, says how
// many more answers earn a level, and never names a level or shows a level's description.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/engine/answer';
import { assess } from '../../../src/engine/assess';
import ResultsScreen from '../../../src/features/results/ResultsScreen';
import { frenchTypography } from '../../../src/lib/typography';
import { setTarget } from '../../../src/storage/cycles';
import { freshDatabase, renderWithI18n } from '../../support/app';
import { everyThird, extremeAnswers, loadShipped } from '../../support/content';
import { cycleWithAnswers, prepareChartsForJsdom } from '../../support/cycle-with-answers';

const MATURITY = 'digital-maturity';
const maturity = loadShipped(MATURITY);
const levels = maturity.definition.levels;
/** The best answer to every third question: 15 of 44, 100 / 100 on what was answered. */
const aThirdAtTheTop = extremeAnswers(maturity, true, everyThird);

async function showResults(
  people: { respondent: string; answers: Answers }[],
  language: 'en' | 'fr' = 'en',
) {
  const { cycle } = await cycleWithAnswers(
    [MATURITY],
    people.map((person) => ({ questionnaireId: MATURITY, ...person })),
  );
  renderWithI18n(<ResultsScreen cycleId={cycle.id} questionnaireId={MATURITY} />, language);
}

const overallSection = async (name = 'Overall result') =>
  (await screen.findByRole('heading', { level: 2, name })).closest('section')!;

const dimensionCard = (title: string) =>
  screen.getByRole('heading', { level: 3, name: title }).closest('li')!;

/** What the page says, minus the target level pickers, whose options name every level. */
function pageTextWithoutTargetPickers(): string {
  const copy = document.body.cloneNode(true) as HTMLElement;
  for (const select of copy.querySelectorAll('select')) select.remove();
  return copy.textContent;
}

describe('a provisional result on the results screen', () => {
  beforeAll(prepareChartsForJsdom);
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('shows the score as provisional with the number of answers missing, and no level or description', async () => {
    const result = assess(maturity, aThirdAtTheTop);
    expect(result.overall).toMatchObject({ score: 100, provisional: true, missingForLevel: 23 });
    await showResults([{ respondent: 'Executive director', answers: aThirdAtTheTop }]);

    const overall = await overallSection();
    expect(overall).toHaveTextContent('100 / 100 (provisional)');
    expect(overall).toHaveTextContent('Maturity levelNone yet');
    expect(overall).toHaveTextContent('Provisional: answer 23 more questions to get a level');
    expect(overall).toHaveTextContent(
      'A maturity level is given once every dimension has at least 80% of its applicable questions answered',
    );
    for (const level of levels) {
      expect(overall).not.toHaveTextContent(level.label.en);
      expect(document.body).not.toHaveTextContent(level.description.en);
    }

    for (const dimension of result.dimensions) {
      const title = maturity.dimensionById.get(dimension.dimensionId)!.title.en;
      const score = within(dimensionCard(title)).getByText(/^100 \/ 100/);
      expect(score).toHaveTextContent(
        `100 / 100 · provisional: answer ${dimension.missingForLevel} more questions to get a level`,
      );
    }
    const text = pageTextWithoutTargetPickers();
    for (const level of levels) expect(text).not.toContain(level.label.en);
  });

  it('says the same in the table that stands in for the charts', async () => {
    await showResults([{ respondent: 'Executive director', answers: aThirdAtTheTop }]);
    const user = userEvent.setup();
    await user.click(await screen.findByText('Show the scores as a table'));
    const row = screen.getByRole('row', { name: /Staff and volunteer digital skills/ });
    expect(row).toHaveTextContent('100 / 100 (provisional)');
    expect(row).toHaveTextContent('Provisional: answer 2 more questions to get a level');
    expect(row).not.toHaveTextContent('Leading');
  });

  it('reads in French, with the plural and French spacing', async () => {
    await showResults([{ respondent: 'Direction générale', answers: aThirdAtTheTop }], 'fr');
    const overall = await overallSection('Résultat global');
    // a no-break space before the colon, so it never starts a line
    expect(overall.textContent).toContain(
      frenchTypography('Provisoire : répondez à 23 autres questions pour obtenir un niveau'),
    );
    expect(overall).toHaveTextContent('100 / 100 (provisoire)');
    for (const level of levels) {
      expect(overall).not.toHaveTextContent(level.label.fr);
      // (the matcher reads no-break spaces as plain ones)
      expect(document.body).not.toHaveTextContent(level.description.fr);
    }
  });

  it('asks for one more question in the singular', async () => {
    // every question but one of a four-question dimension: 3 of 4 is below 80%
    const privacy = maturity.questionsByDimension.get('privacy-responsible-data')!;
    const answers = extremeAnswers(maturity, true);
    const { [privacy[0]!.id]: _left, ...allButOne } = answers;
    await showResults([{ respondent: 'Executive director', answers: allButOne }]);
    const overall = await overallSection();
    expect(overall).toHaveTextContent('Provisional: answer 1 more question to get a level');
  });

  it('gives a level to the dimensions that earned one while the overall result stays provisional', async () => {
    // the first 16 questions: three dimensions answered in full, six not at all
    const firstSixteen = extremeAnswers(maturity, true, (index) => index < 16);
    await showResults([{ respondent: 'Executive director', answers: firstSixteen }]);
    const overall = await overallSection();
    expect(overall).toHaveTextContent('Provisional: answer 25 more questions to get a level');
    expect(overall).not.toHaveTextContent('Leading');
    expect(dimensionCard('Vision, strategy and leadership')).toHaveTextContent(
      '100 / 100 · Leading',
    );
    expect(dimensionCard('Data, outcomes and client feedback')).toHaveTextContent('No score yet');
  });

  it('names the level and its description once enough questions are answered', async () => {
    await showResults([
      { respondent: 'Executive director', answers: extremeAnswers(maturity, true) },
    ]);
    const overall = await overallSection();
    const leading = levels.find((level) => level.id === 'leading')!;
    expect(overall).toHaveTextContent('100 / 100');
    expect(overall).toHaveTextContent(leading.label.en);
    expect(overall).toHaveTextContent(leading.description.en);
    expect(document.body).not.toHaveTextContent(/provisional/i);
  });

  it('has no level to compare with a target while the score is provisional', async () => {
    const { cycle } = await cycleWithAnswers(
      [MATURITY],
      [{ questionnaireId: MATURITY, answers: aThirdAtTheTop }],
    );
    await setTarget(cycle.id, MATURITY, 'staff-skills', 'integrated');
    renderWithI18n(<ResultsScreen cycleId={cycle.id} questionnaireId={MATURITY} />);
    await overallSection();
    expect(dimensionCard('Staff and volunteer digital skills and roles')).toHaveTextContent(
      'No level yet to compare with the target: the score is provisional.',
    );
    expect(screen.queryByText(/Target reached/)).toBeNull();
  });

  it('stays provisional for a team whose combined answers are too few', async () => {
    await showResults([
      { respondent: 'Executive director', answers: aThirdAtTheTop },
      { respondent: 'Office manager', answers: aThirdAtTheTop },
    ]);
    const overall = await overallSection();
    expect(overall).toHaveTextContent('Provisional: answer 23 more questions to get a level');
    const spread = screen.getByRole('table', { name: /lowest and highest individual scores/ });
    expect(within(spread).getByRole('row', { name: /Staff and volunteer/ })).toHaveTextContent(
      '100 / 100 (provisional)',
    );
    expect(pageTextWithoutTargetPickers()).not.toContain('Leading');
  });
});
