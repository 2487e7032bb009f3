// @vitest-environment jsdom
// A newer questionnaire version ships while someone is answering: they can finish on their version or
// carry their answers over and see what to check. Finished responses keep their version.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extendCatalog, loadQuestionnaire } from '../../../src/content/catalog';
import { carryResponse } from '../../../src/storage/carry-response';
import { createCycle, getCycle } from '../../../src/storage/cycles';
import type { Cycle } from '../../../src/domain/cycle';
import type { Response } from '../../../src/domain/response';
import { getResponse, saveAnswer, submitResponse } from '../../../src/storage/responses';
import { freshDatabase, renderApp } from '../../support/app';
import {
  CYBER,
  NEWER,
  offerNewerVersion,
  respondOnEarlierVersion,
  SHIPPED,
} from '../../support/newer-version';

async function respond(cycle: Cycle, respondent: string): Promise<Response> {
  const response = await respondOnEarlierVersion(cycle, respondent);
  await saveAnswer(response.id, 'media-disposal', { value: 'no' });
  await saveAnswer(response.id, 'passwords', { value: 'shared-written' });
  return response;
}

async function inProgress() {
  const cycle = await createCycle('2026 annual self-assessment', [{ id: CYBER, version: SHIPPED }]);
  return { cycle, response: await respond(cycle, 'Executive director') };
}

// Lazy screens and questionnaire files load on first use: allow time on a busy machine.
const slow = { timeout: 5_000 };

describe('a newer version of the questionnaire', () => {
  beforeAll(offerNewerVersion);
  afterAll(() => {
    extendCatalog();
  });
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('is offered on an unfinished response, and carrying lists what is new, changed or dropped', async () => {
    const { cycle, response } = await inProgress();
    const user = userEvent.setup();
    renderApp(`#/responses/${response.id}`);
    const offer = (
      await screen.findByRole(
        'heading',
        { name: `A newer version (${NEWER}) of this questionnaire exists` },
        slow,
      )
    ).closest('section')!;
    expect(
      within(offer).getByRole('button', { name: `Finish on version ${SHIPPED}` }),
    ).toBeVisible();
    await user.click(
      within(offer).getByRole('button', { name: `Carry my answers to version ${NEWER}` }),
    );

    const summary = await screen.findByText(
      `Carried over from version ${SHIPPED} to version ${NEWER}: what to check`,
      {},
      slow,
    );
    const list = summary.closest('details')!;
    expect(list).toHaveAttribute('open');
    expect(within(list).getByText('1 new question to answer:')).toBeInTheDocument();
    expect(
      within(list).getByRole('link', {
        name: 'Do staff have a one-click way to report a suspicious email?',
      }),
    ).toBeInTheDocument();
    expect(
      within(list).getByText('2 questions are asked differently; check your answers:'),
    ).toBeInTheDocument();
    expect(
      within(list).getByRole('link', { name: 'How do staff and volunteers handle passwords?' }),
    ).toBeInTheDocument();
    expect(within(list).getByText('2 earlier answers could not come along:')).toBeInTheDocument();
    // named by its prompt in the version it was answered on
    expect(
      await within(list).findByText(/^Before old computers, phones, copiers.*\(no longer asked\)$/),
    ).toBeInTheDocument();
    expect(
      within(list).getByText(
        'How do staff and volunteers handle passwords? (your answer is no longer one of the choices; any note was kept)',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /A newer version/ })).toBeNull();

    expect(await getResponse(response.id)).toMatchObject({ version: NEWER });
    expect((await getCycle(cycle.id))?.questionnaires).toEqual([{ id: CYBER, version: NEWER }]);
  });

  it('can be turned down: the response is finished on its own version', async () => {
    const { response } = await inProgress();
    const user = userEvent.setup();
    renderApp(`#/responses/${response.id}`);
    await user.click(
      await screen.findByRole('button', { name: `Finish on version ${SHIPPED}` }, slow),
    );
    await waitFor(() => {
      expect(screen.queryByRole('heading', { name: /A newer version/ })).toBeNull();
    });
    expect(await getResponse(response.id)).toMatchObject({
      version: SHIPPED,
      declinedVersion: NEWER,
    });
  });

  it('is never offered on a finished response', async () => {
    const { response } = await inProgress();
    await submitResponse(response.id, true);
    renderApp(`#/responses/${response.id}`);
    await screen.findByText('Answering as Executive director', {}, slow);
    expect(screen.queryByRole('heading', { name: /A newer version/ })).toBeNull();
  });

  it('is offered in French too', async () => {
    const { response } = await inProgress();
    renderApp(`#/responses/${response.id}`, 'fr');
    expect(
      await screen.findByRole(
        'heading',
        { name: `Une version plus récente (${NEWER}) de ce questionnaire existe` },
        slow,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: `Reporter mes réponses sur la version ${NEWER}` }),
    ).toBeInTheDocument();
  });

  it('shows on the cycle screen which version each response is on', async () => {
    const { cycle, response } = await inProgress();
    const teammate = await respond(cycle, 'Office manager');
    await submitResponse(teammate.id, true);
    await respond(cycle, 'Settlement team');
    await carryResponse(response.id, [
      await loadQuestionnaire(CYBER, SHIPPED),
      await loadQuestionnaire(CYBER, NEWER),
    ]);
    renderApp(`#/cycles/${cycle.id}`);
    const carried = (
      await screen.findByRole('link', { name: "Continue Executive director's answers" }, slow)
    ).closest('li')!;
    expect(carried).toHaveTextContent(`on version ${NEWER}`);
    const waiting = screen
      .getByRole('link', { name: "Continue Settlement team's answers" })
      .closest('li')!;
    expect(waiting).toHaveTextContent(`a newer version (${NEWER}) exists`);
    const finished = screen
      .getByRole('link', { name: "Review Office manager's answers" })
      .closest('li')!;
    expect(finished).not.toHaveTextContent('newer version');
  });
});
