// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useCycleSnapshots } from '../../../src/state/queries/cycle-snapshots';
import { createCycle } from '../../../src/storage/cycles';
import { freshDatabase } from '../../support/app';
import { answerAll, exampleAnswers, startResponse } from '../../support/cycle-fixture';

const CYBER = 'cybersecurity-baseline';

interface Props {
  ids?: string[];
  enabled: boolean;
}

async function yearOf(year: number) {
  const cycle = await createCycle(`Self-assessment ${String(year)}`, [
    { id: CYBER, version: '1.0.0' },
  ]);
  const response = await startResponse(cycle.id, CYBER, 'Executive director');
  await answerAll(response.id, exampleAnswers(CYBER, 'well-run-agency'));
  return cycle;
}

describe('scored cycles for the comparison', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('reads and scores only the cycles asked for, or every cycle, and waits while not enabled', async () => {
    const [a, b, c] = [await yearOf(2024), await yearOf(2025), await yearOf(2026)];
    const initialProps: Props = { ids: [a.id, c.id], enabled: true };
    const { result, rerender } = renderHook(
      ({ ids, enabled }: Props) => useCycleSnapshots(ids, enabled),
      { initialProps },
    );
    await waitFor(() => {
      expect(result.current.status).toBe('ready');
    });
    const ready = (value: typeof result.current) => (value.status === 'ready' ? value.value : []);
    expect(ready(result.current).map((s) => s.cycle.id)).toEqual([c.id, a.id]);
    expect(ready(result.current)[0]?.outcomes[0]?.result?.overall.score).toEqual(
      expect.any(Number),
    );

    rerender({ enabled: false });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.status).toBe('loading');

    rerender({ enabled: true });
    await waitFor(() => {
      expect(ready(result.current).map((s) => s.cycle.id)).toEqual([c.id, b.id, a.id]);
    });
  });
});
