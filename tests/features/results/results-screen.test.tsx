// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/engine/answer';
import { assess } from '../../../src/engine/assess';
import ResultsScreen from '../../../src/features/results/ResultsScreen';
import { frenchTypography } from '../../../src/lib/typography';
import { sectionEssentials } from '../../../src/presentation/section-level';
import { closeCycle, getCycle } from '../../../src/storage/cycles';
import { BoussoleDatabase, database, setDatabase } from '../../../src/storage/database';
import { freshDatabase, renderWithI18n } from '../../support/app';
import {
  cycleWithAnswers,
  exampleAnswers,
  prepareChartsForJsdom,
} from '../../support/cycle-with-answers';

const CYBER = 'cybersecurity-baseline';

async function cyberCycle(example: string, more: { respondent: string; answers: Answers }[] = []) {
  const answers = exampleAnswers(CYBER, example);
  const built = await cycleWithAnswers(
    [CYBER],
    [{ questionnaireId: CYBER, answers }, ...more.map((m) => ({ questionnaireId: CYBER, ...m }))],
  );
  const questionnaire = built.questionnaires[0]!;
  return { ...built, questionnaire, answers, result: assess(questionnaire, answers) };
}

const showResults = (cycleId: string, language: 'en' | 'fr' = 'en') =>
  renderWithI18n(<ResultsScreen cycleId={cycleId} questionnaireId={CYBER} />, language);

const dimensionCard = (title: string) =>
  screen.getByRole('heading', { level: 3, name: title }).closest('li')!;

describe('the results screen', () => {
  beforeAll(prepareChartsForJsdom);
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('calls out a baseline not met at the top, naming each unmet essential control', async () => {
    const { cycle, questionnaire, result } = await cyberCycle('small-rural-centre');
    showResults(cycle.id);

    const heading = await screen.findByRole('heading', { level: 2, name: 'Baseline not met' });
    expect(screen.getAllByRole('heading', { level: 2 })[0]).toBe(heading);
    const callout = heading.closest('section')!;
    const listed = within(callout)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(result.baseline.failed).toHaveLength(4);
    expect(listed).toHaveLength(4);
    result.baseline.failed.forEach((id, index) => {
      expect(listed[index]).toContain(questionnaire.questionById.get(id)!.prompt.en);
    });
    // The answer given is named beside each control.
    expect(listed[1]).toContain('answer: Partly');
  });

  it('says how an unmet essential control caps the overall level', async () => {
    const { cycle, questionnaire, result } = await cyberCycle('urban-agency-with-it-provider');
    expect(result.overall.capped).toBe(true);
    showResults(cycle.id);

    const callout = (await screen.findByRole('heading', { name: 'Baseline not met' })).closest(
      'section',
    )!;
    expect(callout).toHaveTextContent(questionnaire.definition.criticalCap!.message.en);
    expect(callout).toHaveTextContent(
      'Without this cap, the overall score would reach the level Baseline met.',
    );
    const overall = screen.getByRole('heading', { name: 'Overall result' }).closest('section')!;
    expect(within(overall).getByText('Partial')).toBeInTheDocument();
  });

  it('explains a baseline that cannot be judged yet because essential questions are unanswered', async () => {
    const { cycle, questionnaire } = await cycleWithAnswers(
      [CYBER],
      [{ questionnaireId: CYBER, answers: { antimalware: { value: 'yes' } } }],
    ).then((built) => ({ ...built, questionnaire: built.questionnaires[0]! }));
    showResults(cycle.id);

    const callout = (
      await screen.findByRole('heading', { name: 'Baseline not yet assessed' })
    ).closest('section')!;
    expect(callout).toHaveTextContent('7 essential questions have no answer yet.');
    expect(callout).toHaveTextContent(questionnaire.questionById.get('mfa-email')!.prompt.en);
  });

  it('shows the overall score, level, confidence and coverage, and each dimension with its level', async () => {
    const { cycle, questionnaire, result } = await cyberCycle('small-rural-centre');
    showResults(cycle.id);

    const overall = (await screen.findByRole('heading', { name: 'Overall result' })).closest(
      'section',
    )!;
    expect(within(overall).getByText(`${Math.round(result.overall.score!)} / 100`)).toBeVisible();
    expect(within(overall).getByText('Started')).toBeVisible();
    expect(
      within(overall).getByText(`${Math.round(result.overall.confidence! * 100)}%`),
    ).toBeVisible();
    expect(within(overall).getByText('100%')).toBeVisible();
    expect(overall).toHaveTextContent('Strongest dimension: Security software (100 / 100).');
    expect(overall).toHaveTextContent('Weakest dimension: Backups and encryption (8 / 100).');

    // "Baseline met" judges the whole questionnaire: a section in that band says what of it is true.
    const sectionWords = {
      met: 'All essentials in this section met',
      'not-met': 'Most of this section in place, but not every essential',
      none: 'Most of this section in place',
    };
    for (const dimension of result.dimensions) {
      const title = questionnaire.dimensionById.get(dimension.dimensionId)!.title.en;
      const level = questionnaire.definition.levels.find((l) => l.id === dimension.level)!;
      const label =
        level.id === 'baseline-met'
          ? sectionWords[sectionEssentials(result, dimension.dimensionId)]
          : level.label.en;
      expect(dimensionCard(title)).toHaveTextContent(
        `${Math.round(dimension.score!)} / 100 · ${label}`,
      );
    }
  });

  it('lists every dimension in the table that stands in for the charts', async () => {
    const { cycle, questionnaire } = await cyberCycle('small-rural-centre');
    const user = userEvent.setup();
    showResults(cycle.id);

    await user.click(await screen.findByText('Show the scores as a table'));
    const table = screen.getByRole('table', {
      name: 'Score, level, confidence, coverage and target of each dimension',
    });
    const rowHeaders = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(rowHeaders).toEqual(questionnaire.definition.dimensions.map((d) => d.title.en));
    const backups = within(table).getByRole('row', { name: /Backups and encryption/ });
    expect(backups).toHaveTextContent('8 / 100');
    expect(backups).toHaveTextContent('Exposed');
    // Both charts have an accessible name.
    expect(screen.getByRole('img', { name: /^Radar chart/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Bar chart/ })).toBeInTheDocument();
  });

  it('reveals the answers behind a dimension score when the dimension is opened', async () => {
    const { cycle, questionnaire } = await cyberCycle('small-rural-centre');
    const user = userEvent.setup();
    showResults(cycle.id);

    const toggle = await screen.findByRole('button', {
      name: 'Answers behind the score of Backups and encryption',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const answers = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    const items = within(answers).getAllByRole('listitem');
    const backup = items.find((item) =>
      item.textContent.includes(questionnaire.questionById.get('backup-exists')!.prompt.en),
    )!;
    expect(backup).toHaveTextContent(
      'Files are only synced to OneDrive, Google Drive or Dropbox, with no separate backup',
    );
    expect(backup).toHaveTextContent('Essential');
    expect(within(backup).getByText('Weight')).toBeInTheDocument();
    const restore = items.find((item) =>
      item.textContent.includes(questionnaire.questionById.get('restore-tested')!.prompt.en),
    )!;
    expect(restore).toHaveTextContent('AnswerNo');
    expect(restore).toHaveTextContent('Score0 / 100');

    await user.click(toggle);
    expect(answers).not.toBeVisible();
  });

  it('saves a target level, keeps it after a reload and shows the gap to it', async () => {
    const { cycle } = await cyberCycle('small-rural-centre');
    const user = userEvent.setup();
    const first = showResults(cycle.id);

    const select = within(
      await screen
        .findByRole('heading', { level: 3, name: 'Backups and encryption' })
        .then((h) => h.closest('li')!),
    ).getByRole('combobox', {
      name: 'Target level for the next cycle Backups and encryption',
    });
    await user.selectOptions(select, 'Baseline met');
    await waitFor(async () => {
      expect((await getCycle(cycle.id))?.targets[CYBER]).toEqual({
        'backup-encryption': 'baseline-met',
      });
    });
    first.unmount();

    // A new connection to the same database, as after reloading the page.
    setDatabase(new BoussoleDatabase(database().name));
    showResults(cycle.id);
    const card = (
      await screen.findByRole('heading', { level: 3, name: 'Backups and encryption' })
    ).closest('li')!;
    expect(within(card).getByRole('combobox')).toHaveValue('baseline-met');
    // Backups scored 8 (Exposed); Baseline met starts at 70.
    expect(card).toHaveTextContent(
      '3 levels to go: 62 more points needed to reach Baseline met, which starts at 70 / 100.',
    );

    const user2 = userEvent.setup();
    await user2.click(screen.getByText('Show the scores as a table'));
    const row = screen.getByRole('row', { name: /Backups and encryption/ });
    expect(row).toHaveTextContent('3 levels, 62 more points');
  });

  it('offers targets read-only once the cycle is closed', async () => {
    const { cycle } = await cyberCycle('small-rural-centre');
    await closeCycle(cycle.id, true);
    showResults(cycle.id);

    await screen.findByRole('heading', { name: 'Overall result' });
    expect(screen.getByText('Read-only: this cycle is closed.')).toBeInTheDocument();
    for (const select of screen.getAllByRole('combobox', { name: /^Target level/ })) {
      expect(select).toBeDisabled();
    }
  });

  it('shows the team view by default, with where people disagree, and each person on demand', async () => {
    const { cycle } = await cyberCycle('small-rural-centre', [
      { respondent: 'IT volunteer', answers: exampleAnswers(CYBER, 'well-run-agency') },
    ]);
    const user = userEvent.setup();
    showResults(cycle.id);

    const select = await screen.findByRole('combobox', { name: 'Whose answers to show' });
    expect(select).toHaveDisplayValue(/^The whole team \(2 people combined\)/);
    // one person reports essential controls missing, so the team does not meet the baseline
    expect(screen.getByRole('heading', { name: 'Baseline not met' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Where the team disagrees' })).toBeInTheDocument();
    // each share is a count, then the answer as the questionnaire words it: never "accessible.: 1 person"
    const shares = screen.getAllByText(/^\d+ (person|people): \S/);
    expect(shares.length).toBeGreaterThan(0);
    for (const share of shares) expect(share.textContent).not.toMatch(/[.?!]: /);
    // a section is never said to have "Baseline met" next to an overall "not met"
    expect(screen.queryAllByRole('cell', { name: 'Baseline met' })).toEqual([]);
    expect(
      screen.getAllByText(/^(All essentials in this section met|Most of this section in place)/)
        .length,
    ).toBeGreaterThan(0);
    const spread = screen.getByRole('table', { name: /lowest and highest individual scores/ });
    expect(within(spread).getAllByRole('row')).toHaveLength(1 + 14);

    await user.selectOptions(select, within(select).getByRole('option', { name: /^IT volunteer/ }));
    expect(
      await screen.findByText('Baseline met: every essential question is met.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Where the team disagrees' })).toBeNull();

    await user.selectOptions(
      select,
      within(select).getByRole('option', { name: /^Executive director/ }),
    );
    expect(await screen.findByRole('heading', { name: 'Baseline not met' })).toBeInTheDocument();
  });

  it("shows a staff self-assessment's skills profile as counts per level, naming no one", async () => {
    const LITERACY = 'digital-literacy';
    const { cycle } = await cycleWithAnswers(
      [LITERACY],
      ['newer-settlement-worker', 'experienced-practitioner', 'office-tech-helper'].map(
        (name, n) => ({
          questionnaireId: LITERACY,
          respondent: `Staff ${n + 1}`,
          answers: exampleAnswers(LITERACY, name),
        }),
      ),
    );
    renderWithI18n(<ResultsScreen cycleId={cycle.id} questionnaireId={LITERACY} />);
    const table = await screen.findByRole('table', {
      name: 'Number of staff at each level in each area',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 5);
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Area',
      'Foundation',
      'Intermediate',
      'Advanced',
      'Highly specialised',
      'No level yet',
    ]);
    // every area counts the three people once
    for (const row of rows.slice(1)) {
      const counts = within(row)
        .getAllByRole('cell')
        .map((cell) => Number(cell.textContent));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
    }
    expect(within(table).queryByText(/Staff \d/)).toBeNull();
  });

  it('says so when nobody has answered yet, and links back to the cycle and to the roadmap', async () => {
    const { cycle } = await cycleWithAnswers([CYBER], []);
    showResults(cycle.id);

    expect(
      await screen.findByText(/No one has answered this questionnaire in this cycle yet/),
    ).toBeInTheDocument();
    const links = screen.getByRole('navigation', { name: 'Related pages' });
    expect(
      within(links).getByRole('link', { name: 'See the roadmap for this cycle' }),
    ).toHaveAttribute('href', `#/cycles/${cycle.id}/roadmap`);
    expect(
      within(links).getByRole('link', { name: 'Back to 2026 annual self-assessment' }),
    ).toHaveAttribute('href', `#/cycles/${cycle.id}`);
  });

  it('reads in French', async () => {
    const { cycle, questionnaire } = await cyberCycle('small-rural-centre');
    showResults(cycle.id, 'fr');

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Niveau de base non atteint' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Résultat global' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        level: 3,
        name: frenchTypography(questionnaire.dimensionById.get('backup-encryption')!.title.fr),
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Afficher les notes sous forme de tableau')).toBeInTheDocument();
  });
});
