import { TypeRegistry } from '../projection';
import { accountSpec, platformSpec } from './platform/platform.projection';
import {
  decisionRoleSpec,
  decisionSpec,
  eventSpec,
  lobbyingEffortSpec,
  observationSpec,
  ownershipSpec,
  restrictionSpec,
  roleSpec,
  statementSpec,
} from './claim/claim.projection';
import { organizationSpec } from './organization/organization.projection';
import { personSpec } from './person/person.projection';
import { evidenceSpec, pageInfoSpec } from './shared/shared.projection';
import { sourceSpec } from './source/source.projection';
import { pathEdgeSpec, pathSpec, searchHitSpec, subgraphSpec, timelineItemSpec } from './graph/graph.projection';

/** Every type the API reads from the graph. A new type adds its spec here and nothing else changes. */
export const typeRegistry = new TypeRegistry([
  personSpec,
  organizationSpec,
  platformSpec,
  accountSpec,
  eventSpec,
  sourceSpec,
  roleSpec,
  statementSpec,
  decisionSpec,
  decisionRoleSpec,
  lobbyingEffortSpec,
  restrictionSpec,
  observationSpec,
  ownershipSpec,
  evidenceSpec,
  pageInfoSpec,
  searchHitSpec,
  pathEdgeSpec,
  pathSpec,
  subgraphSpec,
  timelineItemSpec,
]);
