// @vitest-environment jsdom
// What a tab says and does when another tab deletes, replaces or upgrades the data, or the browser
// closes its storage. The other tab is a second Dexie connection to the same database name.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/content/catalog';
import { readDraft } from '../../src/storage/typed-drafts';
import type { Language } from '../../src/lib/typography';
import { createCycle } from '../../src/storage/cycles';
import { BoussoleDatabase } from '../../src/storage/database';
import { createResponse, getAnswers, submitResponse } from '../../src/storage/responses';
import { declareSchema } from '../../src/storage/schema-versions';
import { useNoticeStore } from '../../src/state/notice-store';
import { useSaveStatus } from '../../src/state/save-status';
import { useStorageStore } from '../../src/state/storage-store';
import { freshDatabase, renderApp } from '../support/app';

const others: Dexie[] = [];

afterEach(() => {
  cleanup();
  for (const db of others.splice(0)) db.close();
  useStorageStore.setState({ mode: 'checking' }, true);
  useNoticeStore.setState({ notices: [] });
  useSaveStatus.setState({ writing: 0, unsaved: [] });
  localStorage.clear();
});

/** This tab on a cybersecurity response, one question answered "Yes" and saved. */
async function answering(language: Language = 'en') {
  const db = freshDatabase();
  const questionnaire = await loadQuestionnaire('cybersecurity-baseline', '1.0.0');
  const cycle = await createCycle('2026', [{ id: 'cybersecurity-baseline', version: '1.0.0' }]);
  const response = await createResponse({
    cycleId: cycle.id,
    questionnaireId: 'cybersecurity-baseline',
    version: '1.0.0',
    contentHash: questionnaire.contentHash,
    respondent: 'Executive director',
  });
  const dimension = questionnaire.definition.dimensions[0]!;
  const [first, second] = questionnaire.questionsByDimension
    .get(dimension.id)!
    .filter((q) => q.kind === 'yes-partly-no');
  const user = userEvent.setup();
  renderApp(`#/responses/${response.id}`, language);
  await screen.findByRole('heading', { level: 2, name: dimension.title[language] });
  const card = (id: string) => within(document.getElementById(`question-${id}`)!);
  await user.click(card(first!.id).getByRole('radio', { name: language === 'en' ? 'Yes' : 'Oui' }));
  await waitFor(async () => {
    expect((await getAnswers(response.id))[first!.id]).toEqual({ value: 'yes' });
  });
  return { db, user, response, first: first!, second: second!, card };
}

/** Types a note and leaves the field before its save (a pause in typing) has happened. */
async function typeNoteWithoutPause(user: UserEvent, questionId: string) {
  const card = within(document.getElementById(`question-${questionId}`)!);
  await user.click(card.getByRole('button', { name: 'Add a note' }));
  await user.type(card.getByRole('textbox', { name: 'Note (optional)' }), 'Ask the treasurer');
}

async function otherTab(name: string) {
  const db = new BoussoleDatabase(name);
  others.push(db);
  await db.open();
  return db;
}

const claimsSaved = () =>
  /saved automatically|your answers are saved|are safe/i.test(document.body.textContent);

describe('when another tab deletes all data', () => {
  it('says so in plain words, stops claiming anything is saved, disables the questionnaire and offers a reload', async () => {
    const { db, user, response, first, card } = await answering();
    await typeNoteWithoutPause(user, first.id);

    await (await otherTab(db.name)).delete();

    const alert = await screen.findByText(
      'All Boussole data was deleted from this device in another tab.',
    );
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(
      screen.getByText(/what this tab still shows is not saved, and cannot be/),
    ).toBeInTheDocument();
    const reload = screen.getByRole('button', { name: 'Reload and start again' });
    // The note field was disabled under the cursor: focus goes to the way out.
    expect(reload).toHaveFocus();
    // What was on screen stays readable, but nothing more can be changed.
    expect(card(first.id).getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect(card(first.id).getByRole('radio', { name: 'No' })).toBeDisabled();
    expect(card(first.id).getByRole('textbox', { name: 'Note (optional)' })).toBeDisabled();
    expect(claimsSaved()).toBe(false);

    // The note typed before the deletion is not saved, and the tab says so rather than failing
    // with the browser's error text; nothing recreates the deleted database to hold it.
    expect(
      await screen.findByText(
        'Your last change was not saved: all Boussole data was deleted from this device in another tab.',
      ),
    ).toBeInTheDocument();
    expect(readDraft(`note:${response.id}:${first.id}`)).toBeNull();
    expect(await Dexie.exists(db.name)).toBe(false);
  });

  it('says so in French', async () => {
    const { db } = await answering('fr');
    await (await otherTab(db.name)).delete();
    expect(
      await screen.findByText(
        'Toutes les données de Boussole ont été supprimées de cet appareil dans un autre onglet.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Recharger et recommencer' })).toBeInTheDocument();
    // French typography: a non-breaking space before the colon (kept by an identity normalizer).
    expect(
      screen.getByText(/^Plus rien n’est enregistré ici\u00a0: /, { normalizer: (text) => text }),
    ).toBeInTheDocument();
  });

  it('says the page cannot be shown when another screen is opened, instead of going blank', async () => {
    const { db, user } = await answering();
    await (await otherTab(db.name)).delete();
    await screen.findByRole('button', { name: 'Reload and start again' });
    await user.click(screen.getByRole('link', { name: 'History' }));
    expect(
      await screen.findByText('This page cannot be shown until this tab is reloaded.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload and start again' })).toBeInTheDocument();
  });
});

describe('a submitted response on its review page', () => {
  it('stops saying changes are saved as they are made once another tab deleted the data', async () => {
    const db = freshDatabase();
    const questionnaire = await loadQuestionnaire('cybersecurity-baseline', '1.0.0');
    const cycle = await createCycle('2026', [{ id: 'cybersecurity-baseline', version: '1.0.0' }]);
    const response = await createResponse({
      cycleId: cycle.id,
      questionnaireId: 'cybersecurity-baseline',
      version: '1.0.0',
      contentHash: questionnaire.contentHash,
      respondent: 'Executive director',
    });
    await submitResponse(response.id, true);
    renderApp(`#/responses/${response.id}/review`);
    expect(
      await screen.findByText(/^Submitted on .*changes are saved as you make them\.$/),
    ).toBeInTheDocument();

    await (await otherTab(db.name)).delete();
    await screen.findByRole('button', { name: 'Reload and start again' });
    expect(screen.getByText(/^Submitted on [^.]+\.$/)).toBeInTheDocument();
    expect(screen.queryByText(/changes are saved as you make them/)).toBeNull();
  });
});

describe('when another tab replaces the data from a backup', () => {
  it('says the data was replaced, that this tab no longer saves, and offers a reload to see it', async () => {
    const { db, user, response, first, card } = await answering();
    await typeNoteWithoutPause(user, first.id);

    // The restoring tab's message (a restore in "replace" mode changes no schema version).
    const restoringTab = new BroadcastChannel(`boussole-data:${db.name}`);
    restoringTab.postMessage({ change: 'replaced' });
    restoringTab.close();

    expect(
      await screen.findByText('The data on this device was replaced from a backup in another tab.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/changes made here are not saved/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload to see the restored data' })).toBeVisible();
    expect(card(first.id).getByRole('radio', { name: 'Partly' })).toBeDisabled();
    expect(claimsSaved()).toBe(false);
    // The typed note must not be recovered over the restored data after the reload.
    expect(readDraft(`note:${response.id}:${first.id}`)).toBeNull();
    expect(
      await screen.findByText(
        'Your last change was not saved: the data on this device was replaced from a backup in another tab.',
      ),
    ).toBeInTheDocument();
  });
});

describe('when a newer Boussole upgrades the database in another tab', () => {
  it('says saved data is safe, that changes made here are not saved, and keeps the typed note for the reload', async () => {
    const { db, user, response, first, card } = await answering();
    await typeNoteWithoutPause(user, first.id);

    const newer = new Dexie(db.name);
    others.push(newer);
    declareSchema(newer);
    newer.version(99).stores({ extra: '&id' });
    await newer.open();

    expect(
      await screen.findByText(
        'Boussole was updated to a newer version in another tab, so this tab can no longer save anything.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/What was saved before the update is safe/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload this tab' })).toBeInTheDocument();
    expect(card(first.id).getByRole('radio', { name: 'No' })).toBeDisabled();
    // The draft survives, so the newer version saves the note when this tab reloads.
    expect(
      await screen.findByText(
        'Your last change was not saved: Boussole was updated in another tab. Reload this tab, then check it.',
      ),
    ).toBeInTheDocument();
    expect(readDraft(`note:${response.id}:${first.id}`)).toBe('Ask the treasurer');
  });
});

describe('when the browser closes the storage (site data cleared)', () => {
  it('says so and that changes made here are no longer saved', async () => {
    const { db, first, card } = await answering();
    const connection = db.backendDB();
    connection.onclose?.call(connection, new Event('close'));
    expect(
      await screen.findByText(
        "This browser closed Boussole's storage, perhaps because this site's data was cleared.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Changes made here are no longer saved/)).toBeInTheDocument();
    expect(card(first.id).getByRole('radio', { name: 'No' })).toBeDisabled();
  });
});
