// The roadmap planning rules (assessments/roadmap-planning.json: per staff band, how many actions Now
// holds and the head count per-staff costs assume), parsed once. Only the roadmap's screens load it.
import { z } from 'zod/mini';
import planning from '../../assessments/roadmap-planning.json';
import { planningRulesSchema, type PlanningRules } from '../engine/planning-rules';

export const planningRules: PlanningRules = z.parse(planningRulesSchema, planning);
