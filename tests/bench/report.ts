// PDF report figures: median time to generate the full three-questionnaire report (with an earlier
// cycle, in French, on the 1.1.0 questionnaires with costs) in Node, as the browser does it after the
// lazy chunk and the fonts have loaded.
import { performance } from 'node:perf_hooks';
import { buildReportPdf } from '../../src/report/build-report';
import { reportInput } from '../report/support/fixture';
import { nodeFonts } from '../report/support/node-fonts';
import { nodeTranslator } from '../report/support/node-i18n';
import type { Figure } from './figures';
import { median } from './measure';

async function medianAsyncMs(fn: () => Promise<unknown>, runs: number, warmup: number) {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function reportFigures(): Promise<Figure[]> {
  const input = reportInput({ language: 'fr', paper: 'letter', version: '1.1.0' });
  const t = nodeTranslator('fr');
  const fonts = nodeFonts();
  let pages = 0;
  const generate = async () => {
    const bytes = await buildReportPdf(input, t, fonts);
    pages = (new TextDecoder('latin1').decode(bytes).match(/\/Type \/Page\b/g) ?? []).length;
  };
  const value = await medianAsyncMs(generate, 7, 2);
  return [
    {
      name: `report: generate the 3-questionnaire PDF (${pages} pages)`,
      value,
      unit: 'ms',
      budget: 2000,
      kind: 'time',
    },
  ];
}
