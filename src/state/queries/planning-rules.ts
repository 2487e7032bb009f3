// The roadmap's planning rules (the Now limit and head counts per staff band) the app ships with.
import type { PlanningRules } from '../../engine/planning-rules';
import { PLANNING_RULES } from '../../content/planning-rules';

export const readPlanningRules = (): PlanningRules => PLANNING_RULES;
