// @vitest-environment jsdom
// The staff's side of the client skills check: starting it from home or a cycle, the read-aloud view,
// the cycle's outcomes and their CSV, and the settings.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StartClientCheck } from '../../../src/features/client-check/StartClientCheck';
import { clientChecksCsv } from '../../../src/features/client-check/outcomes/client-checks-csv';
import { parseCsv } from '../../../src/lib/csv';
import { readClientModeSession } from '../../../src/state/client-mode-session';
import { setStaffPin } from '../../../src/state/commands/staff-pin';
import { addClientCheck, listClientChecks, setPrograms } from '../../../src/storage/client-checks';
import { createCycle } from '../../../src/storage/cycles';
import { database } from '../../../src/storage/database';
import { saveProfile } from '../../../src/storage/profile';
import { freshDatabase, renderApp, renderWithI18n } from '../../support/app';
import { clientCheck } from '../../support/client-check';

/** The PIN's hash is slow on purpose (600,000 PBKDF2 rounds): on a busy machine it takes seconds. */
const HASH_WAIT = { timeout: 15_000 };

const levels = (safety: string | null) => ({
  device: 'confident',
  communicating: 'building',
  information: 'building',
  transacting: 'getting-started',
  safety,
});

async function cycleWithChecks() {
  await saveProfile({ name: 'Centre d’accueil de Rimouski' });
  const cycle = await createCycle('2026 annual self-assessment', [
    { id: 'digital-maturity', version: '1.1.0' },
  ]);
  const base = {
    cycleId: cycle.id,
    questionnaireId: 'newcomer-digital-skills',
    version: '1.0.0',
  } as const;
  await addClientCheck({
    ...base,
    month: '2026-02',
    language: 'ar',
    mode: 'client-mode',
    program: 'LINC',
    levels: levels('getting-started'),
  });
  await addClientCheck({
    ...base,
    month: '2026-03',
    language: 'ar',
    mode: 'client-mode',
    levels: levels('confident'),
  });
  await addClientCheck({
    ...base,
    month: '2026-03',
    language: 'uk',
    mode: 'read-aloud',
    program: 'LINC',
    levels: levels(null),
  });
  return cycle;
}

beforeEach(() => {
  freshDatabase();
  localStorage.clear();
});
afterEach(cleanup);

describe('starting a client skills check', () => {
  it('asks for a staff PIN the first time, then switches the device to client mode', async () => {
    const user = userEvent.setup();
    const cycle = await createCycle('Cycle 2026', [{ id: 'digital-maturity', version: '1.1.0' }]);
    await setPrograms(['LINC', 'Youth']);
    const reload = vi.fn();
    renderWithI18n(<StartClientCheck cycles={[cycle]} fixedCycle reload={reload} />);
    await screen.findByRole('option', { name: 'Youth' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Program (optional)' }), 'Youth');
    await user.click(screen.getByRole('button', { name: 'Start client mode' }));

    await user.type(screen.getByLabelText('Staff PIN'), '12');
    await user.type(screen.getByLabelText('The same PIN again'), '12');
    await user.click(screen.getByRole('button', { name: 'Save the PIN and start client mode' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A staff PIN is 4 to 8 digits.');
    await user.clear(screen.getByLabelText('Staff PIN'));
    await user.type(screen.getByLabelText('Staff PIN'), '2468');
    await user.clear(screen.getByLabelText('The same PIN again'));
    await user.type(screen.getByLabelText('The same PIN again'), '2469');
    await user.click(screen.getByRole('button', { name: 'Save the PIN and start client mode' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The two PINs are not the same.');
    await user.clear(screen.getByLabelText('The same PIN again'));
    await user.type(screen.getByLabelText('The same PIN again'), '2468');
    await user.click(screen.getByRole('button', { name: 'Save the PIN and start client mode' }));

    await vi.waitFor(() => {
      expect(reload).toHaveBeenCalledTimes(1);
    }, HASH_WAIT);
    expect(readClientModeSession()).toEqual({ cycleId: cycle.id, program: 'Youth', wrongPins: 0 });
  });

  it('starts at once when a PIN is set, counting the checks in the open cycle chosen on home', async () => {
    const user = userEvent.setup();
    await setStaffPin('2468');
    const older = await createCycle('Cycle 2025', [{ id: 'digital-maturity', version: '1.1.0' }]);
    const newer = await createCycle('Cycle 2026', [{ id: 'digital-maturity', version: '1.1.0' }]);
    const reload = vi.fn();
    renderWithI18n(<StartClientCheck cycles={[newer, older]} reload={reload} />);
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Count the checks in' }),
      'Cycle 2025',
    );
    await vi.waitFor(() => {
      expect(screen.getByRole('button', { name: 'Start client mode' })).toBeEnabled();
    }, HASH_WAIT);
    await user.click(screen.getByRole('button', { name: 'Start client mode' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(readClientModeSession()).toEqual({ cycleId: older.id, wrongPins: 0 });
  });

  it('says a cycle must be open before checks can be counted', async () => {
    renderWithI18n(<StartClientCheck cycles={[]} />);
    expect(await screen.findByText(/Checks are counted in an open assessment cycle/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Start client mode' })).not.toBeInTheDocument();
  });

  it('is offered on the home screen', async () => {
    await saveProfile({ name: 'Centre d’accueil de Rimouski' });
    await createCycle('Cycle 2026', [{ id: 'digital-maturity', version: '1.1.0' }]);
    renderApp('#/');
    expect(await screen.findByRole('region', { name: 'Client skills check' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Read the questions to a client' })).toBeVisible();
  });
});

describe('the read-aloud view', () => {
  it('shows the script in the worker’s language and records the answers with the same anonymity', async () => {
    const user = userEvent.setup();
    const cycle = await createCycle('Cycle 2026', [{ id: 'digital-maturity', version: '1.1.0' }]);
    renderApp(`#/cycles/${cycle.id}/read-aloud`, 'fr');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lire les questions à une personne' }),
    ).toBeVisible();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Langue de la conversation' }),
      'uk',
    );
    expect(screen.getByText(/Je vais vous poser 17 courtes questions/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Commencer les questions' }));

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Avez-vous un téléphone, une tablette ou un ordinateur\u202f?',
      }),
    ).toBeVisible();
    expect(screen.getByText(/Comptez un appareil que la personne peut utiliser/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Oui, j’ai le mien' }));
    await user.click(await screen.findByRole('button', { name: 'Passer cette question' }));
    for (let index = 2; index < clientCheck.definition.questions.length; index++)
      await user.click(await screen.findByRole('button', { name: 'Je peux le faire sans aide' }));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Le résultat de la personne' }),
    ).toBeVisible();
    expect(
      screen.getByText('La fiche anonyme de ce bilan est conservée. Les réponses ne le sont pas.'),
    ).toBeVisible();
    const [record] = await listClientChecks(cycle.id);
    expect(record).toMatchObject({ language: 'uk', mode: 'read-aloud' });
    expect(Object.values(record?.levels ?? {})).toEqual(Array(5).fill('confident'));
    expect(Object.keys(record ?? {}).sort()).toEqual([
      'cycleId',
      'id',
      'language',
      'levels',
      'mode',
      'month',
      'questionnaireId',
      'revision',
      'version',
    ]);
  });
});

describe('the cycle’s client outcomes', () => {
  it('counts the checks one attribute at a time, and names who needed help', async () => {
    const cycle = await cycleWithChecks();
    renderApp(`#/cycles/${cycle.id}/results/newcomer-digital-skills`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Client skills checks' }),
    ).toBeVisible();
    expect(screen.getByText('3 checks, from February 2026 to March 2026.')).toBeVisible();
    const areas = screen.getByRole('table', { name: 'Level in each area' });
    const safety = within(areas).getByRole('row', { name: /Staying safe online/ });
    expect(
      within(safety)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '0', '1', '1', '1 (50%)']);
    const languages = screen.getByRole('table', { name: 'Language used' });
    expect(within(languages).getByRole('row', { name: /Arabic/ })).toHaveTextContent(
      'Arabic (العربية)2',
    );
    const programs = screen.getByRole('table', { name: 'Program' });
    expect(within(programs).getByRole('row', { name: /LINC/ })).toHaveTextContent('LINC2');
    expect(within(programs).getByRole('row', { name: /No program/ })).toHaveTextContent('1');
  });

  it('exports one CSV row per check with nothing but the anonymous fields', async () => {
    const cycle = await cycleWithChecks();
    const records = await listClientChecks(cycle.id);
    const csv = clientChecksCsv(
      records,
      clientCheck,
      {
        month: 'Month',
        program: 'Program',
        language: 'Language',
        mode: 'How',
        version: 'Questionnaire version',
        noLevel: 'not enough answers',
        modes: { 'client-mode': 'Client mode', 'read-aloud': 'Read aloud' },
      },
      'en',
    );
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([
      'Month',
      'Program',
      'Language',
      'How',
      'Questionnaire version',
      'Using a phone or computer',
      'Talking and sharing online',
      'Finding and checking information',
      'Doing things online',
      'Staying safe online',
    ]);
    expect(rows.slice(1)).toEqual([
      [
        '2026-02',
        'LINC',
        'Arabic',
        'Client mode',
        '1.0.0',
        'Confident',
        'Building',
        'Building',
        'Getting started',
        'Getting started',
      ],
      [
        '2026-03',
        '',
        'Arabic',
        'Client mode',
        '1.0.0',
        'Confident',
        'Building',
        'Building',
        'Getting started',
        'Confident',
      ],
      [
        '2026-03',
        'LINC',
        'Ukrainian',
        'Read aloud',
        '1.0.0',
        'Confident',
        'Building',
        'Building',
        'Getting started',
        'not enough answers',
      ],
    ]);
  });
});

describe('client skills check settings', () => {
  it('keeps the agency’s programs, trimmed and without repeats', async () => {
    const user = userEvent.setup();
    renderApp('#/settings');
    const section = await screen.findByRole('region', { name: 'Client skills check' });
    await user.type(await within(section).findByRole('textbox', { name: 'Program 1' }), '  LINC ');
    await user.click(within(section).getByRole('button', { name: 'Add a program' }));
    await user.type(within(section).getByRole('textbox', { name: 'Program 2' }), 'LINC');
    await user.click(within(section).getByRole('button', { name: 'Add a program' }));
    await user.type(within(section).getByRole('textbox', { name: 'Program 3' }), 'Employment');
    await user.click(within(section).getByRole('button', { name: 'Save the programs' }));
    await vi.waitFor(async () => {
      expect((await database().settings.get('clientCheckPrograms'))?.value).toEqual([
        'LINC',
        'Employment',
      ]);
    }, HASH_WAIT);
  });
});
