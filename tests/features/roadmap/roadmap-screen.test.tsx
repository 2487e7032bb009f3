// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import RoadmapScreen from '../../../src/features/roadmap/RoadmapScreen';
import { frenchTypography } from '../../../src/lib/typography';
import { closeCycle } from '../../../src/storage/cycles';
import { BoussoleDatabase, database, setDatabase } from '../../../src/storage/database';
import { listRoadmapEdits } from '../../../src/storage/roadmap-edits';
import { saveAnswer } from '../../../src/storage/responses';
import { freshDatabase, renderWithI18n } from '../../support/app';
import { cycleWithAnswers, exampleAnswers } from '../../support/cycle-with-answers';

const CYBER = 'cybersecurity-baseline';
const MATURITY = 'digital-maturity';
const MFA = 'Turn on multifactor authentication for email and admin accounts';
const MFA_KEY = `${CYBER}/rec:mfa-email-admin`;

async function ruralCycle(questionnaireIds: string[] = [CYBER]) {
  return cycleWithAnswers(questionnaireIds, [
    { questionnaireId: CYBER, answers: exampleAnswers(CYBER, 'small-rural-centre') },
  ]);
}

const showRoadmap = (cycleId: string, language: 'en' | 'fr' = 'en') =>
  renderWithI18n(<RoadmapScreen cycleId={cycleId} />, language);

const column = (name: string) =>
  screen.getByRole('heading', { level: 2, name }).closest('section')!;

const card = async (title: string) =>
  (await screen.findByRole('heading', { level: 3, name: title })).closest('li')!;

describe('the roadmap screen', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('lays the items out in Now, Next and Later columns, each with its reasons', async () => {
    const { cycle, questionnaires } = await ruralCycle();
    const cyber = questionnaires[0]!;
    showRoadmap(cycle.id);

    await screen.findByRole('heading', { level: 1, name: 'Roadmap: Now, Next, Later' });
    expect(screen.getByText('22 actions: 10 now, 9 next, 3 later.')).toBeInTheDocument();
    const now = column('Now');
    expect(now).toHaveTextContent('Start within 6 months');
    expect(now).toHaveTextContent('10 actions to take');
    expect(column('Next')).toHaveTextContent('9 actions to take');
    expect(column('Later')).toHaveTextContent('3 actions to take');
    expect(within(column('Later')).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent(
      'Manage all work devices from one place',
    );

    const mfa = within(now).getByRole('heading', { level: 3, name: MFA }).closest('li')!;
    expect(mfa).toHaveTextContent('Cybersecurity baseline');
    expect(mfa).toHaveTextContent('Essential');
    expect(mfa).toHaveTextContent('Low effort · High impact');
    const prompt = cyber.questionById.get('mfa-email')!.prompt.en;
    expect(within(mfa).getByText(`Because the answer to “${prompt}” was “Partly”.`)).toBeVisible();

    // A "don't know" becomes a "find out" item in Now.
    expect(
      within(now).getByRole('heading', {
        level: 3,
        name: /^Find out whether laptops are encrypted/,
      }),
    ).toBeInTheDocument();
  });

  it('shows the details of a recommendation on demand and what it waits for', async () => {
    const { cycle, questionnaires } = await ruralCycle();
    const recommendation = questionnaires[0]!.recommendationById.get('mfa-email-admin')!;
    const user = userEvent.setup();
    showRoadmap(cycle.id);

    const mfa = await card(MFA);
    await user.click(within(mfa).getByText('Details'));
    expect(mfa).toHaveTextContent(`First step: ${recommendation.firstStep!.en}`);
    expect(mfa).toHaveTextContent(`Who usually does it: ${recommendation.whoDoesIt!.en}`);
    expect(
      within(mfa).getByRole('link', { name: recommendation.resources[0]!.title.en }),
    ).toHaveAttribute('href', recommendation.resources[0]!.url);
    expect(mfa).toHaveTextContent('(free or discounted for nonprofits)');

    // Testing restores waits for backups to be set up.
    const restores = await card('Test a restore from backup every quarter');
    expect(restores).toHaveTextContent(
      'After: Set up automatic backups with a copy ransomware cannot reach',
    );
  });

  it("keeps an item's status, owner, target date and note after the app is reloaded", async () => {
    const { cycle } = await ruralCycle();
    const user = userEvent.setup();
    const first = showRoadmap(cycle.id);

    const mfa = await card(MFA);
    const form = within(mfa).getByRole('group', { name: `Follow-up ${MFA}` });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Status' }), 'Done');
    await user.type(within(form).getByRole('textbox', { name: 'Owner' }), 'Office manager');
    fireEvent.change(within(form).getByLabelText('Target date'), {
      target: { value: '2026-09-30' },
    });
    await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'Volunteers too');
    await user.tab();
    await waitFor(async () => {
      expect(await listRoadmapEdits(cycle.id)).toEqual([
        expect.objectContaining({
          itemKey: MFA_KEY,
          status: 'done',
          owner: 'Office manager',
          targetDate: '2026-09-30',
          note: 'Volunteers too',
        }),
      ]);
    });
    first.unmount();

    // A new connection to the same database, as after reloading the page.
    setDatabase(new BoussoleDatabase(database().name));
    showRoadmap(cycle.id);
    const reloaded = within(await card(MFA));
    expect(reloaded.getByRole('combobox', { name: 'Status' })).toHaveValue('done');
    expect(reloaded.getByRole('textbox', { name: 'Owner' })).toHaveValue('Office manager');
    expect(reloaded.getByLabelText('Target date')).toHaveValue('2026-09-30');
    expect(reloaded.getByRole('textbox', { name: 'Note' })).toHaveValue('Volunteers too');
    expect(screen.getByText(/1 is done or set aside as not relevant\./)).toBeInTheDocument();
  });

  it('saves a note typed in a tab that was closed before the note was saved', async () => {
    const { cycle } = await ruralCycle();
    const draftKey = `boussole.draft.roadmap:${cycle.id}:${MFA_KEY}:note`;
    localStorage.setItem(draftKey, 'Ask the board for a budget');
    showRoadmap(cycle.id);

    const form = within(await card(MFA));
    expect(form.getByRole('textbox', { name: 'Note' })).toHaveValue('Ask the board for a budget');
    await waitFor(async () => {
      expect(await listRoadmapEdits(cycle.id)).toEqual([
        expect.objectContaining({ itemKey: MFA_KEY, note: 'Ask the board for a budget' }),
      ]);
    });
    await waitFor(() => {
      expect(localStorage.getItem(draftKey)).toBeNull();
    });
  });

  it('keeps edits through re-scoring, and gives an item its edit back when it returns', async () => {
    const { cycle, responses } = await ruralCycle();
    const responseId = responses[0]!.id;
    const user = userEvent.setup();
    showRoadmap(cycle.id);

    const form = within(await card(MFA));
    await user.selectOptions(form.getByRole('combobox', { name: 'Status' }), 'In progress');
    await user.type(form.getByRole('textbox', { name: 'Owner' }), 'Amina');
    await user.tab();
    await waitFor(async () => {
      expect(await listRoadmapEdits(cycle.id)).toHaveLength(1);
    });

    // An unrelated answer changes: the scores move, the item and its edit stay.
    await saveAnswer(responseId, 'antimalware', { value: 'partly' });
    await waitFor(() => {
      expect(screen.getByText(/^23 actions:/)).toBeInTheDocument();
    });
    expect(within(await card(MFA)).getByRole('combobox', { name: 'Status' })).toHaveValue(
      'in-progress',
    );

    // Multifactor authentication turned on everywhere: the item leaves the roadmap…
    await saveAnswer(responseId, 'mfa-email', { value: 'yes' });
    await saveAnswer(responseId, 'mfa-admin', { value: 'yes' });
    await waitFor(() => {
      expect(screen.queryByRole('heading', { level: 3, name: MFA })).toBeNull();
    });
    // …and when it comes back, so does its follow-up.
    await saveAnswer(responseId, 'mfa-email', { value: 'partly' });
    const back = within(await card(MFA));
    expect(back.getByRole('combobox', { name: 'Status' })).toHaveValue('in-progress');
    expect(back.getByRole('textbox', { name: 'Owner' })).toHaveValue('Amina');
  });

  it('hides actions marked done or not relevant when asked', async () => {
    const { cycle } = await ruralCycle();
    const user = userEvent.setup();
    showRoadmap(cycle.id);

    const form = within(await card(MFA));
    await user.selectOptions(form.getByRole('combobox', { name: 'Status' }), 'Not relevant');
    await waitFor(async () => {
      expect((await listRoadmapEdits(cycle.id))[0]?.status).toBe('not-relevant');
    });
    const filters = within(screen.getByRole('group', { name: 'Show' }));
    await user.selectOptions(
      filters.getByRole('combobox', { name: 'Status' }),
      'Still to do (not done or not relevant)',
    );
    expect(screen.queryByRole('heading', { level: 3, name: MFA })).toBeNull();
    expect(column('Now')).toHaveTextContent('9 of 10 actions shown');
    expect(screen.getByText('Showing 21 of 22 actions.')).toBeInTheDocument();
  });

  it('is read-only once the cycle is closed', async () => {
    const { cycle } = await ruralCycle();
    await closeCycle(cycle.id, true);
    showRoadmap(cycle.id);

    const form = within(await card(MFA));
    expect(screen.getByText('Read-only: this cycle is closed.')).toBeInTheDocument();
    expect(form.getByRole('combobox', { name: 'Status' })).toBeDisabled();
    expect(form.getByRole('textbox', { name: 'Owner' })).toBeDisabled();
    expect(form.getByLabelText('Target date')).toBeDisabled();
    expect(form.getByRole('textbox', { name: 'Note' })).toBeDisabled();
  });

  it('labels items with their questionnaire, names questionnaires not answered yet, and offers the PDF export', async () => {
    const { cycle } = await cycleWithAnswers(
      [CYBER, MATURITY, 'digital-literacy'],
      [
        { questionnaireId: CYBER, answers: exampleAnswers(CYBER, 'small-rural-centre') },
        { questionnaireId: MATURITY, answers: exampleAnswers(MATURITY, 'small-town-agency') },
      ],
    );
    showRoadmap(cycle.id);

    await screen.findByText(/^44 actions:/);
    expect(screen.getAllByText('Digital maturity').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Cybersecurity baseline').length).toBeGreaterThan(0);
    expect(
      screen.getByText(
        'Not included yet, as no one has answered it: Digital literacy self-assessment for staff.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Export PDF' })).toBeEnabled();
  });

  it('reads in French', async () => {
    const { cycle, questionnaires } = await ruralCycle();
    const cyber = questionnaires[0]!;
    showRoadmap(cycle.id, 'fr');

    const title = frenchTypography(cyber.recommendationById.get('mfa-email-admin')!.title.fr);
    const mfa = await card(title);
    expect(column('Maintenant')).toHaveTextContent('À entreprendre d’ici 6 mois');
    expect(column('Ensuite')).toBeInTheDocument();
    expect(column('Plus tard')).toBeInTheDocument();
    expect(mfa).toHaveTextContent('Effort faible · Retombées élevées');
    const prompt = cyber.questionById.get('mfa-email')!.prompt.fr;
    const reasons = within(mfa)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(reasons).toContain(
      frenchTypography(`Parce que la réponse à « ${prompt} » était « En partie ».`),
    );
    expect(within(mfa).getByRole('group', { name: `Suivi ${title}` })).toBeInTheDocument();
    expect(within(mfa).getByRole('combobox', { name: 'Statut' })).toBeInTheDocument();
  });
});
