import type { Feature } from '../feature';
import { DecisionResolver, DecisionListsResolver, DecisionRoleListResolver } from './decision.resolver';
import { decisionSpec, decisionRoleSpec, decisionStateSpec } from './decision.projection';

export { DecisionResolver } from './decision.resolver';
export { Decision, DecisionConnection } from './decision.type';
export { DecisionRole } from './decisionRole.type';
export { DecisionState } from './decisionState.type';
export { decisionSpec, decisionRoleSpec, decisionStateSpec } from './decision.projection';
export { AddDecisionInput, AddDecisionRoleInput, AddDecisionStateInput } from './decision.inputs';
export { DecisionService } from './decision.service';

/** What the decision feature adds to the API. */
export const decisionFeature: Feature = {
  resolvers: [DecisionResolver, DecisionListsResolver, DecisionRoleListResolver],
  specs: [decisionSpec, decisionRoleSpec, decisionStateSpec],
};
