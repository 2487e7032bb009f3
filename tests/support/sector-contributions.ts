// Synthetic contributions for tests and the bench only: never shipped, never sector data. A seeded
// generator makes agencies across provinces, community sizes and staff bands, each with honest results
// (levels from their own scores, the critical cap when the baseline is not met) on the shipped
// questionnaires, so every contribution passes the checks an import makes. It reads the shipped
// definitions itself (no JSON module imports), so the browser tests and the bench can use it too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { communitySizes } from '../../src/engine/community-sizes';
import { levelFor, lowerLevel } from '../../src/engine/levels';
import { staffBands } from '../../src/engine/planning-rules';
import { parseQuestionnaire, type PreparedQuestionnaire } from '../../src/engine/prepare';
import type { Province } from '../../src/engine/provinces';
import type { BaselineStatus } from '../../src/engine/result';
import {
  buildContribution,
  type Contribution,
  type ResultEntry,
} from '../../src/engine/sector-snapshot';

const questionnaireIds = ['digital-maturity', 'cybersecurity-baseline', 'digital-literacy'];

/** A shipped questionnaire version, read from assessments/ and prepared. */
export function shippedVersion(id: string, version = '1.0.0'): PreparedQuestionnaire {
  const raw: unknown = JSON.parse(readFileSync(join('assessments', id, `${version}.json`), 'utf8'));
  const parsed = parseQuestionnaire(raw);
  if (!parsed.ok) throw new Error(`${id} ${version} does not parse`);
  return parsed.questionnaire;
}

/** mulberry32: a small seeded generator, so the same seed always makes the same sector. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function weighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random() * total;
  for (const [value, weight] of choices) {
    left -= weight;
    if (left < 0) return value;
  }
  const last = choices.at(-1);
  if (last === undefined) throw new Error('no choices');
  return last[0];
}

/** Roughly where settlement agencies are: most in Ontario, few in the territories. */
const provinceWeights: readonly (readonly [Province, number])[] = [
  ['ON', 38],
  ['BC', 14],
  ['AB', 12],
  ['QC', 10],
  ['MB', 6],
  ['NS', 4],
  ['SK', 4],
  ['NB', 4],
  ['NL', 2],
  ['PE', 1],
  ['NT', 0.5],
  ['NU', 0.3],
  ['YT', 0.5],
];

/** A random version-4 UUID made from the generator (storage uses crypto.randomUUID()). */
function uuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (Math.floor(random() * 4) + 8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const clamp = (score: number) => Math.min(100, Math.max(0, Math.round(score * 10) / 10));

/** An honest result of one agency of maturity `maturity` (0..100) on one questionnaire version. */
export function syntheticEntry(
  questionnaire: PreparedQuestionnaire,
  maturity: number,
  random: Random,
): ResultEntry & { respondents: number } {
  const { definition } = questionnaire;
  const dimensions = definition.dimensions.map((dimension) => {
    const score = random() < 0.02 ? null : clamp(maturity + (random() - 0.5) * 40);
    const provisional = score !== null && random() < 0.02;
    return {
      id: dimension.id,
      score,
      level: provisional ? null : levelFor(questionnaire, score),
      provisional,
    };
  });
  let total = 0;
  let weights = 0;
  for (const dimension of dimensions) {
    if (dimension.score === null) continue;
    const weight = questionnaire.dimensionById.get(dimension.id)?.weight ?? 1;
    total += weight * dimension.score;
    weights += weight;
  }
  const score = weights === 0 ? null : clamp(total / weights);
  const provisional = dimensions.some((d) => d.provisional);
  const hasCritical = definition.questions.some((q) => q.critical);
  const baseline: BaselineStatus = !hasCritical
    ? 'not-applicable'
    : weighted(random, [
        ['met', maturity],
        ['not-met', 100 - maturity],
        ['incomplete', 10],
      ] as const);
  const uncapped = provisional ? null : levelFor(questionnaire, score);
  const cap = definition.criticalCap?.level;
  const level =
    baseline === 'not-met' && cap !== undefined
      ? lowerLevel(questionnaire, uncapped, cap)
      : uncapped;
  return {
    id: definition.id,
    version: definition.version,
    contentHash: questionnaire.contentHash,
    overall: { score, level, provisional },
    dimensions,
    baseline,
    coverage: provisional ? 0.5 + random() * 0.3 : 0.8 + random() * 0.2,
    respondents:
      definition.respondent === 'individual'
        ? 1 + Math.floor(random() * 40)
        : 1 + Math.floor(random() * 3),
  };
}

export interface SyntheticOptions {
  seed?: number;
  years?: readonly number[];
  questionnaires?: readonly PreparedQuestionnaire[];
}

/** The shipped questionnaires at 1.0.0, loaded once. */
let shipped: PreparedQuestionnaire[] | undefined;
export function shippedDefinitions(): PreparedQuestionnaire[] {
  shipped ??= questionnaireIds.map((id) => shippedVersion(id));
  return shipped;
}

/** `count` synthetic contributions, the same for the same options. */
export function syntheticContributions(
  count: number,
  options: SyntheticOptions = {},
): Contribution[] {
  const random = seededRandom(options.seed ?? 1);
  const years = options.years ?? [2026];
  const questionnaires = options.questionnaires ?? shippedDefinitions();
  const unstated = <T>(value: T): T | null => (random() < 0.04 ? null : value);
  return Array.from({ length: count }, () => {
    const maturity = 15 + random() * 70;
    const taken = questionnaires.filter((_, i) => i === 0 || random() < 0.8);
    return buildContribution({
      id: uuid(random),
      year: years[Math.floor(random() * years.length)] ?? 2026,
      profile: {
        province: unstated(weighted(random, provinceWeights)),
        communitySize: unstated(
          weighted(
            random,
            communitySizes.map((size, i) => [size, [5, 3, 2][i] ?? 1] as const),
          ),
        ),
        staffBand: unstated(
          weighted(
            random,
            staffBands.map((band, i) => [band, [4, 5, 4, 2, 1][i] ?? 1] as const),
          ),
        ),
      },
      questionnaires: taken.map((q) => syntheticEntry(q, maturity, random)),
    });
  });
}
