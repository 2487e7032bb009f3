// Planning rules are data (assessments/roadmap-planning.json), not code: per staff band, the head count
// per-staff costs are multiplied by, and how many actions Now holds. The engine never hard-codes them;
// the app passes the parsed file in.
import { z } from 'zod/mini';
import type { ContentIssue } from './validate';

/** The staff bands of the organization profile, smallest first. */
export const staffBands = ['1-5', '6-15', '16-50', '51-200', '200+'] as const;
export type StaffBand = (typeof staffBands)[number];

export const bandRuleSchema = z.strictObject({
  /** Head count used for per-staff costs: the band's midpoint (the open top band states its own). */
  staffForCosts: z.int().check(z.gte(1), z.lte(100_000)),
  /** K: the most unsettled actions Now holds, beyond essential ones and leadership's own choices. */
  nowCapacity: z.int().check(z.gte(1), z.lte(1_000)),
});
export type BandRule = z.infer<typeof bandRuleSchema>;

export const planningRulesSchema = z.strictObject({
  $schema: z.optional(z.string()),
  /** One rule per staff band; every band must have one. */
  bands: z.record(z.enum(staffBands), bandRuleSchema),
});
export type PlanningRules = z.infer<typeof planningRulesSchema>;

export const isStaffBand = (band: string): band is StaffBand =>
  (staffBands as readonly string[]).includes(band);

/** The rule for a stated band, with the band; null when none is stated or it is not one the rules know. */
export function ruleForBand(
  rules: PlanningRules,
  band: string | null | undefined,
): (BandRule & { band: StaffBand }) | null {
  if (band === null || band === undefined || !isStaffBand(band)) return null;
  return { ...rules.bands[band], band };
}

/** Lowest and highest head count a band id names ("6-15", "200+"). */
function bandBounds(band: StaffBand): { low: number; high: number } {
  const [low = '0', high] = band.replace('+', '').split('-');
  return { low: Number(low), high: high === undefined ? Infinity : Number(high) };
}

/** What the schema cannot say: each head count lies in its band, and Now never shrinks as bands grow. */
export function checkPlanningRules(rules: PlanningRules): ContentIssue[] {
  const issues: ContentIssue[] = [];
  let previous: { band: StaffBand; nowCapacity: number } | null = null;
  for (const band of staffBands) {
    const rule = rules.bands[band];
    const { low, high } = bandBounds(band);
    if (rule.staffForCosts < low || rule.staffForCosts > high) {
      issues.push({
        path: `$.bands.${band}.staffForCosts`,
        message: `${rule.staffForCosts} staff is outside the band ${band}`,
      });
    }
    if (previous !== null && rule.nowCapacity < previous.nowCapacity) {
      issues.push({
        path: `$.bands.${band}.nowCapacity`,
        message: `Now holds fewer actions for ${band} staff (${rule.nowCapacity}) than for ${previous.band} (${previous.nowCapacity})`,
      });
    }
    previous = { band, nowCapacity: rule.nowCapacity };
  }
  return issues;
}
