// The roadmap planning rules the app ships (assessments/roadmap-planning.json), parsed once: the Now
// limit and head count per staff band. `npm run validate` checks the file; parsing here guards the
// build against a file that no longer fits the schema.
import { planningRulesSchema, type PlanningRules } from '../engine/planning-rules';
import shipped from '../../assessments/roadmap-planning.json';

export const PLANNING_RULES: PlanningRules = planningRulesSchema.parse(shipped);
