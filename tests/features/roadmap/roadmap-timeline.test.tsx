// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useContentFormat } from '../../../src/components/use-content-format';
import type { OwnAction } from '../../../src/engine/action-inputs';
import { buildCycleRoadmap } from '../../../src/engine/cycle-roadmap';
import { RoadmapTimeline } from '../../../src/features/roadmap/RoadmapTimeline';
import type { RoadmapContext } from '../../../src/features/roadmap/roadmap-context';
import { frenchTypography, type Language } from '../../../src/lib/typography';
import { PLANNING_RULES } from '../../../src/content/planning-rules';
import { renderWithI18n } from '../../support/app';

// Today is in the fourth quarter of 2026: the eight quarters run from 2026 Q4 to 2028 Q3.
const TODAY = '2026-11-20';

const own: OwnAction[] = [
  { id: 'mfa', title: 'Turn on MFA for the board', horizon: 'now', targetDate: '2026-12-31' },
  {
    id: 'laptops',
    title: 'Replace the front-desk laptops',
    horizon: 'now',
    targetDate: '2027-01-01',
    status: 'in-progress',
  },
  { id: 'policy', title: 'Write a password policy', horizon: 'now', targetDate: '2026-10-01' },
  {
    id: 'inventory',
    title: 'List every device',
    horizon: 'now',
    targetDate: '2026-03-01',
    status: 'done',
  },
  { id: 'crm', title: 'Choose a client database', horizon: 'later', targetDate: '2029-01-15' },
  { id: 'arabic', title: 'ترجمة الموقع إلى العربية', horizon: 'next' },
  { id: 'wifi', title: 'Separate the guest Wi-Fi', horizon: 'next' },
];

function Timeline({ language }: { language: Language }) {
  const format = useContentFormat();
  const roadmap = buildCycleRoadmap({
    questionnaires: [],
    ownActions: own,
    planning: { rules: PLANNING_RULES, staffBand: '6-15' },
  });
  const context: RoadmapContext = {
    cycleId: 'cycle-1',
    readOnly: false,
    questionnaires: new Map(),
    format,
    language,
    roadmap,
    actionsByKey: new Map(roadmap.actions.map((a) => [a.key, a])),
    cycleNames: new Map(),
    ownActions: new Map(),
  };
  return <RoadmapTimeline actions={roadmap.actions} today={TODAY} context={context} />;
}

const group = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li')!;

describe('the timeline of the next eight quarters', () => {
  afterEach(cleanup);

  it('shows the eight quarters from this one, each with the actions due in it and their status', () => {
    renderWithI18n(<Timeline language="en" />);
    const quarters = within(
      screen.getByRole('region', { name: 'Timeline: the next eight quarters' }),
    )
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(quarters).toEqual([
      'Overdue',
      '2026 Q4',
      '2027 Q1',
      '2027 Q2',
      '2027 Q3',
      '2027 Q4',
      '2028 Q1',
      '2028 Q2',
      '2028 Q3',
      'After these eight quarters',
      'Done earlier',
    ]);
    // The last day of the year belongs to its year's last quarter, the first day of the next year to
    // the next year's first.
    expect(group('2026 Q4')).toHaveTextContent('October 1, 2026 to December 31, 2026');
    expect(group('2026 Q4')).toHaveTextContent(
      'Turn on MFA for the board due December 31, 2026 Proposed',
    );
    expect(group('2027 Q1')).toHaveTextContent(
      'Replace the front-desk laptops due January 1, 2027 In progress',
    );
    expect(group('2027 Q2')).toHaveTextContent('Nothing due.');
    expect(group('Overdue')).toHaveTextContent('Write a password policy due October 1, 2026');
    expect(group('After these eight quarters')).toHaveTextContent('Choose a client database');
    expect(group('Done earlier')).toHaveTextContent('List every device due March 1, 2026 Done');
  });

  it('offers the same actions as a table, each row named by its action', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Timeline language="en" />);
    await user.click(screen.getByRole('radio', { name: 'A table' }));

    const table = screen.getByRole('table', { name: 'Actions by target date' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'OverdueOctober 1, 2026Write a password policyProposedNow',
      '2026 Q4December 31, 2026Turn on MFA for the boardProposedNow',
      '2027 Q1January 1, 2027Replace the front-desk laptopsIn progressNow',
      'After these eight quartersJanuary 15, 2029Choose a client databaseProposedLater',
      'Done earlierMarch 1, 2026List every deviceDoneNow',
    ]);
    expect(
      within(table).getByRole('rowheader', { name: 'Replace the front-desk laptops' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3, name: '2026 Q4' })).toBeNull();
  });

  it('counts the actions with no target date and lists them from the keyboard', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Timeline language="en" />);
    const undated = screen.getByRole('button', { name: '2 actions with no target date' });
    expect(undated).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Separate the guest Wi-Fi')).toBeNull();

    undated.focus();
    await user.keyboard('{Enter}');
    expect(undated).toHaveAttribute('aria-expanded', 'true');
    const list = document.getElementById(undated.getAttribute('aria-controls')!)!;
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['ترجمة الموقع إلى العربية Proposed', 'Separate the guest Wi-Fi Proposed']);
  });

  it('reads in French', async () => {
    renderWithI18n(<Timeline language="fr" />, 'fr');
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: frenchTypography('Échéancier : les huit prochains trimestres'),
      }),
    ).toBeInTheDocument();
    expect(group('En retard')).toHaveTextContent('Write a password policy');
    expect(screen.getByRole('button', { name: '2 actions sans date visée' })).toBeInTheDocument();
  });
});
