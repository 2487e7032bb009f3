// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as catalog from '../../../src/content/catalog';
import { loadQuestionnaire } from '../../../src/content/catalog';
import type { Answers } from '../../../src/engine/answer';
import { assessTeam } from '../../../src/engine/aggregate';
import { assess } from '../../../src/engine/assess';
import { compareResults } from '../../../src/engine/compare';
import type { PreparedQuestionnaire } from '../../../src/engine/prepare';
import type { QuestionnaireResult } from '../../../src/engine/result';
import { createCycle } from '../../../src/storage/cycles';
import { database } from '../../../src/storage/database';
import type { Cycle } from '../../../src/domain/cycle';
import { createResponse, saveAnswer } from '../../../src/storage/responses';
import { editRoadmapItem } from '../../../src/storage/roadmap-edits';
import { freshDatabase, renderApp } from '../../support/app';
import { exampleAnswers, prepareChartsForJsdom } from '../../support/cycle-with-answers';
import {
  cyberNextVersion,
  NEXT_VERSION,
  onNextVersion,
  SHIPPED_VERSION,
} from '../../support/next-version';

// The app knows only the shipped versions; this test adds a made-up version of the baseline, newer
// than the newest shipped one.
vi.mock('../../../src/content/catalog', async (importOriginal) => {
  const real = await importOriginal<typeof catalog>();
  const next = await import('../../support/next-version');
  return {
    ...real,
    loadQuestionnaire: (id: string, version: string) =>
      id === 'cybersecurity-baseline' && version === next.NEXT_VERSION
        ? Promise.resolve(next.cyberNextVersion())
        : real.loadQuestionnaire(id, version),
  };
});

const CYBER = 'cybersecurity-baseline';
const MATURITY = 'digital-maturity';
const LITERACY = 'digital-literacy';

async function cycleOn(
  name: string,
  createdAt: string,
  questionnaires: { id: string; version?: string }[],
): Promise<Cycle> {
  const cycle = await createCycle(
    name,
    questionnaires.map(({ id, version }) => ({ id, version: version ?? '1.0.0' })),
  );
  await database().cycles.update(cycle.id, { createdAt, updatedAt: createdAt });
  return { ...cycle, createdAt, updatedAt: createdAt };
}

async function answer(
  cycle: Cycle,
  questionnaire: PreparedQuestionnaire,
  respondent: string,
  answers: Answers,
) {
  const response = await createResponse({
    cycleId: cycle.id,
    questionnaireId: questionnaire.definition.id,
    version: questionnaire.definition.version,
    contentHash: questionnaire.contentHash,
    respondent,
  });
  for (const [questionId, given] of Object.entries(answers)) {
    if (given !== undefined) await saveAnswer(response.id, questionId, given);
  }
}

const SMALL = exampleAnswers(CYBER, 'small-rural-centre');
const WELL_RUN = exampleAnswers(CYBER, 'well-run-agency');

/** The same examples, written for the newest shipped version of the baseline. */
const SHIPPED_SMALL = exampleAnswers(CYBER, 'small-rural-centre', SHIPPED_VERSION);
const SHIPPED_WELL_RUN = exampleAnswers(CYBER, 'well-run-agency', SHIPPED_VERSION);
const SHIPPED_URBAN = exampleAnswers(CYBER, 'urban-agency-with-it-provider', SHIPPED_VERSION);

/**
 * Three years: 2024 (baseline by one person, digital maturity answered, two roadmap items marked
 * done), 2025 (baseline by two people, digital maturity included but not answered, digital literacy
 * added), both on the newest shipped baseline, and 2026 (baseline on the made-up newer version).
 */
async function threeYears() {
  const cyber = await loadQuestionnaire(CYBER, SHIPPED_VERSION);
  const maturity = await loadQuestionnaire(MATURITY, '1.0.0');
  const next = cyberNextVersion();

  const y2024 = await cycleOn('Self-assessment 2024', '2024-03-15T14:00:00.000Z', [
    { id: CYBER, version: SHIPPED_VERSION },
    { id: MATURITY },
  ]);
  await answer(y2024, cyber, 'Executive director', SHIPPED_SMALL);
  await answer(
    y2024,
    maturity,
    'Executive director',
    exampleAnswers(MATURITY, 'small-town-agency'),
  );

  const y2025 = await cycleOn('Self-assessment 2025', '2025-03-15T14:00:00.000Z', [
    { id: CYBER, version: SHIPPED_VERSION },
    { id: MATURITY },
    { id: LITERACY },
  ]);
  await answer(y2025, cyber, 'Executive director', SHIPPED_WELL_RUN);
  await answer(y2025, cyber, 'Office administrator', SHIPPED_URBAN);

  const y2026 = await cycleOn('Self-assessment 2026', '2026-03-15T14:00:00.000Z', [
    { id: CYBER, version: NEXT_VERSION },
  ]);
  await answer(y2026, next, 'Executive director', onNextVersion(SHIPPED_WELL_RUN));

  const results = {
    2024: assess(cyber, SHIPPED_SMALL),
    2025: assessTeam(cyber, [SHIPPED_WELL_RUN, SHIPPED_URBAN]).consensus,
    2026: assess(next, onNextVersion(SHIPPED_WELL_RUN)),
  };
  // Two items of 2024's roadmap marked done: one the 2025 answers no longer call for, one they do.
  const keys2025 = new Set(results[2025].roadmap.map((item) => item.key));
  const gone = results[2024].roadmap.find((item) => !keys2025.has(item.key));
  const again = results[2024].roadmap.find((item) => keys2025.has(item.key));
  if (!gone || !again) throw new Error('the examples no longer give both kinds of done item');
  await editRoadmapItem(y2024.id, `${CYBER}/${gone.key}`, { status: 'done' });
  await editRoadmapItem(y2024.id, `${CYBER}/${again.key}`, { status: 'done' });
  // A third item only in progress is not listed as done.
  const inProgress = results[2024].roadmap.find((item) => item !== gone && item !== again)!;
  await editRoadmapItem(y2024.id, `${CYBER}/${inProgress.key}`, { status: 'in-progress' });

  return { cyber, next, maturity, y2024, y2025, y2026, results, gone, again };
}

const title = (questionnaire: PreparedQuestionnaire, key: string) => {
  const recommendation = questionnaire.recommendationById.get(key.replace(/^rec:/, ''));
  const question = questionnaire.questionById.get(key.replace(/^find-out:/, ''));
  return recommendation?.title.en ?? question?.findOut?.en ?? `Find out: ${question?.prompt.en}`;
};

/** What a screen reader hears for a change between two scores. */
function spokenChange(before: number | null, after: number | null): string {
  if (before === null || after === null) return 'Not compared';
  const points = Math.round(after) - Math.round(before);
  if (points === 0) return 'no change';
  const size = Math.abs(points);
  return `${points > 0 ? 'up' : 'down'} ${size} point${size === 1 ? '' : 's'}`;
}

const questionnaireCard = (name: string) =>
  screen.getByRole('heading', { level: 3, name }).closest('section')!;

const itemsUnder = (section: HTMLElement, heading: string) => {
  const list = within(section).getByRole('heading', { name: heading }).closest('section')!;
  return within(list)
    .queryAllByRole('listitem')
    .map((item) => item.textContent);
};

function rowCells(table: HTMLElement, name: string) {
  const row = within(table).getByRole('row', { name: new RegExp(`^${name}`) });
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

/** Opens the comparison of two cycles and waits for the cybersecurity baseline's card. */
async function openComparison(earlier: { id: string }, later: { id: string }) {
  renderApp(`#/compare/${earlier.id}/${later.id}`);
  await screen.findByRole(
    'heading',
    { level: 3, name: 'Cybersecurity baseline' },
    { timeout: 5000 },
  );
}

describe('comparing two cycles', () => {
  beforeAll(prepareChartsForJsdom);
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('shows each dimension before and after, with the change spoken in words', async () => {
    const { cyber, y2024, y2025, results } = await threeYears();
    renderApp(`#/compare/${y2024.id}/${y2025.id}`);

    expect(
      await screen.findByRole(
        'heading',
        {
          level: 2,
          name: 'Self-assessment 2024 compared with Self-assessment 2025',
        },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    const card = questionnaireCard('Cybersecurity baseline');
    expect(card).toHaveTextContent('Self-assessment 2024: 1 person answered');
    expect(card).toHaveTextContent('Self-assessment 2025: 2 people answered (team result)');
    const table = within(card).getByRole('table', {
      name: 'Scores of Cybersecurity baseline in both cycles, out of 100',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Dimension', 'Self-assessment 2024', 'Self-assessment 2025', 'Change']);

    const before = results[2024];
    const after = results[2025];
    const check = (name: string, from: number | null, to: number | null) => {
      const [beforeCell, afterCell, changeCell] = rowCells(table, name);
      expect(beforeCell).toBe(from === null ? 'No score' : String(Math.round(from)));
      expect(afterCell).toBe(to === null ? 'No score' : String(Math.round(to)));
      expect(changeCell).toContain(spokenChange(from, to));
    };
    check('Overall', before.overall.score, after.overall.score);
    for (const dimension of cyber.definition.dimensions) {
      check(
        dimension.title.en.replace(/[()]/g, '.'),
        before.dimensions.find((d) => d.dimensionId === dimension.id)!.score,
        after.dimensions.find((d) => d.dimensionId === dimension.id)!.score,
      );
    }
    // The example answers give a clear rise overall.
    const overall = within(table).getByRole('row', { name: /^Overall/ });
    const points = Math.round(after.overall.score!) - Math.round(before.overall.score!);
    expect(points).toBeGreaterThan(10);
    expect(within(overall).getByText(`up ${points} points`)).toHaveClass('visually-hidden');
    // The arrow and the signed number are for the eye only.
    const arrow = within(overall).getByText(`↑ +${points}`);
    expect(arrow).toHaveAttribute('aria-hidden', 'true');
  });

  it('lists the items new on the roadmap and those no longer on it, with their titles', async () => {
    const { cyber, y2024, y2025, results } = await threeYears();
    await openComparison(y2024, y2025);
    const card = questionnaireCard('Cybersecurity baseline');

    const earlierKeys = new Set(results[2024].roadmap.map((item) => item.key));
    const laterKeys = new Set(results[2025].roadmap.map((item) => item.key));
    const added = [...laterKeys].filter((key) => !earlierKeys.has(key));
    const resolved = [...earlierKeys].filter((key) => !laterKeys.has(key));
    expect(resolved.length).toBeGreaterThan(0);

    const newList = itemsUnder(card, 'New on the roadmap');
    expect(newList).toEqual(added.map((key) => title(cyber, key)));
    expect(itemsUnder(card, 'No longer on the roadmap')).toEqual(
      resolved.map((key) => title(cyber, key)),
    );
    if (added.length === 0) expect(card).toHaveTextContent('Nothing new.');
  });

  it('lists the items marked done in the earlier cycle, and whether the later answers call for them again', async () => {
    const { cyber, y2024, y2025, gone, again } = await threeYears();
    await openComparison(y2024, y2025);
    const card = questionnaireCard('Cybersecurity baseline');

    const done = itemsUnder(card, 'Marked done in Self-assessment 2024');
    expect(done).toHaveLength(2);
    expect(done).toContain(
      `${title(cyber, gone.key)} No longer on the roadmap in Self-assessment 2025.`,
    );
    expect(done).toContain(
      `${title(cyber, again.key)} Back on the roadmap in Self-assessment 2025: the answers still call for it.`,
    );
  });

  it('says when a questionnaire is in one cycle only, or nobody answered it', async () => {
    const { y2024, y2025 } = await threeYears();
    await openComparison(y2024, y2025);

    expect(questionnaireCard('Digital maturity')).toHaveTextContent(
      'No one has answered this questionnaire in Self-assessment 2025, so there is nothing to compare yet.',
    );
    expect(questionnaireCard('Digital literacy self-assessment for staff')).toHaveTextContent(
      'Only Self-assessment 2025 includes this questionnaire; Self-assessment 2024 did not, so there is nothing to compare.',
    );
    expect(
      within(questionnaireCard('Digital maturity')).queryByRole('table'),
    ).not.toBeInTheDocument();
  });

  it('compares different questionnaire versions on the questions they share and lists what was not compared', async () => {
    const { cyber, next, y2025, y2026, results } = await threeYears();
    await openComparison(y2025, y2026);
    const card = questionnaireCard('Cybersecurity baseline');

    expect(card).toHaveTextContent(
      `The two cycles used different versions of this questionnaire (${SHIPPED_VERSION} in Self-assessment 2025, ${NEXT_VERSION} in Self-assessment 2026): only the questions both versions share are compared.`,
    );
    const notCompared = within(card)
      .getByRole('heading', { name: 'Not compared' })
      .closest('section')!;
    const listed = (heading: string) =>
      within(
        within(notCompared).getByRole('heading', { name: heading })
          .nextElementSibling as HTMLElement,
      )
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(listed(`Questions new in version ${NEXT_VERSION}`)).toEqual([
      next.questionById.get('ai-tools-rules')!.prompt.en,
    ]);
    expect(listed(`Questions of version ${SHIPPED_VERSION} that were dropped`)).toEqual([
      cyber.questionById.get('usb-use')!.prompt.en,
    ]);
    expect(listed('Dimensions with no question in common')).toEqual(['AI tools']);

    // The new dimension has no score before, so it is not compared; the renamed question still counts.
    const table = within(card).getByRole('table');
    expect(rowCells(table, 'AI tools')).toEqual(['No score', 'No score', 'Not compared']);
    const awareness = next.dimensionById.get('awareness-training')!;
    expect(results[2026].dimensions.find((d) => d.dimensionId === awareness.id)!.score).not.toBe(
      null,
    );
    expect(rowCells(table, awareness.title.en)[2]).not.toBe('Not compared');
  });

  it('draws the overall score of every cycle over time, with the figures in a table', async () => {
    const { y2024, y2025, results } = await threeYears();
    const maturity2024 = assess(
      await loadQuestionnaire(MATURITY, '1.0.0'),
      exampleAnswers(MATURITY, 'small-town-agency'),
    );
    const user = userEvent.setup();
    renderApp(`#/compare/${y2024.id}/${y2025.id}`);

    expect(
      await screen.findByRole('img', { name: /^Line chart/ }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByText('Show the scores over time as a table'));
    const table = screen.getByRole('table', {
      name: 'Overall score of each questionnaire in each cycle, out of 100',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Cycle', 'Period', 'Cybersecurity baseline', 'Digital maturity']);
    const score = (result: QuestionnaireResult) => String(Math.round(result.overall.score!));
    expect(rowCells(table, 'Self-assessment 2024')).toEqual([
      '2024',
      score(results[2024]),
      score(maturity2024),
    ]);
    expect(rowCells(table, 'Self-assessment 2025')).toEqual([
      '2025',
      score(results[2025]),
      'Not answered',
    ]);
    expect(rowCells(table, 'Self-assessment 2026')).toEqual([
      '2026',
      score(results[2026]),
      'Not included',
    ]);
  });

  it('refuses to compare a cycle with itself', async () => {
    const { y2025 } = await threeYears();
    renderApp(`#/compare/${y2025.id}/${y2025.id}`);
    expect(
      await screen.findByText(
        'The same cycle was chosen twice. Choose two different cycles to compare.',
        {},
        { timeout: 5000 },
      ),
    ).toHaveAttribute('role', 'alert');
    expect(screen.queryByRole('heading', { name: /compared with/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /^Scores of/ })).not.toBeInTheDocument();
  });

  it('explains that comparing needs two cycles, and links to the history', async () => {
    await cycleOn('Self-assessment 2026', '2026-03-15T14:00:00.000Z', [{ id: CYBER }]);
    const user = userEvent.setup();
    renderApp('#/compare');
    expect(
      await screen.findByText(
        'Comparing needs at least two cycles, and this device holds only 1. Start a new cycle next year, then come back to compare.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the history of cycles' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'History' })).toBeInTheDocument();
    expect(screen.getByText(/Once this device holds a second cycle/)).toBeInTheDocument();
  });

  it('is reached from the history with the keyboard alone, the two newest cycles chosen', async () => {
    const { cyber, next, y2025, y2026, results } = await threeYears();
    const user = userEvent.setup();
    renderApp('#/history');
    const earlier = await screen.findByRole('combobox', { name: 'Earlier cycle' });
    const later = screen.getByRole('combobox', { name: 'Later cycle' });
    expect(earlier).toHaveDisplayValue('Self-assessment 2025 (created March 15, 2025)');
    expect(later).toHaveDisplayValue('Self-assessment 2026 (created March 15, 2026)');

    const button = screen.getByRole('button', { name: 'Compare' });
    const reached: Element[] = [];
    for (let presses = 0; presses < 30 && document.activeElement !== button; presses++) {
      await user.tab();
      if (document.activeElement) reached.push(document.activeElement);
    }
    expect(document.activeElement).toBe(button);
    expect(reached.indexOf(earlier)).toBeLessThan(reached.indexOf(later));
    expect(reached.indexOf(later)).toBeLessThan(reached.indexOf(button));
    expect(reached).toContain(earlier);
    await user.keyboard('{Enter}');

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Self-assessment 2025 compared with Self-assessment 2026',
      }),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/compare/${y2025.id}/${y2026.id}`);
    const table = within(questionnaireCard('Cybersecurity baseline')).getByRole('table');
    // The two cycles are on different versions: the overall change stands on the questions they share.
    const { overall } = compareResults(
      { questionnaire: cyber, result: results[2025] },
      { questionnaire: next, result: results[2026] },
    );
    expect(rowCells(table, 'Overall')[2]).toContain(spokenChange(overall.before, overall.after));
  });

  it('refuses the same cycle chosen twice in the form, and puts the older cycle first', async () => {
    const { y2024, y2026 } = await threeYears();
    const user = userEvent.setup();
    renderApp('#/compare');
    const earlier = await screen.findByRole('combobox', { name: 'Earlier cycle' });
    const later = screen.getByRole('combobox', { name: 'Later cycle' });

    await user.selectOptions(earlier, 'Self-assessment 2026 (created March 15, 2026)');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(
      screen.getByText('Choose two different cycles: a cycle cannot be compared with itself.'),
    ).toHaveAttribute('role', 'alert');
    expect(later).toHaveAttribute('aria-invalid', 'true');
    expect(window.location.hash).toBe('#/compare');

    // Chosen the other way round: the older cycle still comes first.
    await user.selectOptions(later, 'Self-assessment 2024 (created March 15, 2024)');
    expect(
      screen.queryByText('Choose two different cycles: a cycle cannot be compared with itself.'),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => {
      expect(window.location.hash).toBe(`#/compare/${y2024.id}/${y2026.id}`);
    });
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Self-assessment 2024 compared with Self-assessment 2026',
      }),
    ).toBeInTheDocument();
  });

  it('marks a score that stands on too few answers for a level as provisional', async () => {
    const cyber = await loadQuestionnaire(CYBER, '1.0.0');
    const earlier = await cycleOn('Self-assessment 2025', '2025-03-15T14:00:00.000Z', [
      { id: CYBER },
    ]);
    await answer(earlier, cyber, 'Executive director', SMALL);
    const later = await cycleOn('Self-assessment 2026', '2026-03-15T14:00:00.000Z', [
      { id: CYBER },
    ]);
    // a third of the baseline answered, as the well-run agency would
    const third = Object.fromEntries(
      cyber.definition.questions
        .filter((_, index) => index % 3 === 0)
        .flatMap((q) => (WELL_RUN[q.id] === undefined ? [] : [[q.id, WELL_RUN[q.id]]])),
    );
    await answer(later, cyber, 'Executive director', third);
    const provisional = assess(cyber, third);
    expect(provisional.overall.provisional).toBe(true);

    await openComparison(earlier, later);
    const table = within(questionnaireCard('Cybersecurity baseline')).getByRole('table');
    const [before, after] = rowCells(table, 'Overall');
    expect(before).toBe(String(Math.round(assess(cyber, SMALL).overall.score!)));
    expect(after).toBe(`${Math.round(provisional.overall.score!)} (provisional)`);
  });

  it('reads in French', async () => {
    const { cyber, y2024, y2025, results } = await threeYears();
    renderApp(`#/compare/${y2024.id}/${y2025.id}`, 'fr');
    // the questionnaire's own French title (1.1.0 names it « Mesures de base en cybersécurité »)
    const card = (
      await screen.findByRole('heading', { level: 3, name: cyber.definition.title.fr })
    ).closest('section')!;
    const points =
      Math.round(results[2025].overall.score!) - Math.round(results[2024].overall.score!);
    const overall = within(within(card).getByRole('table')).getByRole('row', { name: /^Global/ });
    expect(within(overall).getByText(`en hausse de ${points} points`)).toBeInTheDocument();
    expect(card).toHaveTextContent('Self-assessment 2025 : 2 personnes ont répondu');
    expect(
      screen.getByRole('heading', { name: 'Score global au fil du temps' }),
    ).toBeInTheDocument();
    expect(
      within(card).getByRole('heading', { name: 'Marqué comme fait dans Self-assessment 2024' }),
    ).toBeInTheDocument();
  });
});
