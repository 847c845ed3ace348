import type { Feature } from './feature';
import { sharedFeature } from './shared';
import { nodeFeature } from './node';
import { personFeature } from './person';
import { organizationFeature } from './organization';
import { platformFeature } from './platform';
import { entityFeature } from './entity';
import { eventFeature } from './event';
import { sourceFeature } from './source';
import { claimFeature } from './claim';
import { roleFeature } from './role';
import { statementFeature } from './statement';
import { decisionFeature } from './decision';
import { lobbyingFeature } from './lobbying';
import { restrictionFeature } from './restriction';
import { observationFeature } from './observation';
import { ownershipFeature } from './ownership';
import { paymentFeature } from './payment';
import { graphFeature } from './graph';
import { auditFeature } from './audit';
import { analysisFeature } from './analysis';
import { linksFeature } from './links';

/** Every feature of the API. A new feature folder adds its line here; the schema and the type registry read this list. */
export const features: readonly Feature[] = [
  sharedFeature,
  nodeFeature,
  personFeature,
  organizationFeature,
  platformFeature,
  entityFeature,
  eventFeature,
  sourceFeature,
  claimFeature,
  roleFeature,
  statementFeature,
  decisionFeature,
  lobbyingFeature,
  restrictionFeature,
  observationFeature,
  ownershipFeature,
  paymentFeature,
  graphFeature,
  auditFeature,
  analysisFeature,
  linksFeature,
];

/** Every resolver, in feature order. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers = features.flatMap((f) => f.resolvers) as [Function, ...Function[]];

/** Every projection spec: how each type is read from the graph. */
export const typeSpecs = features.flatMap((f) => f.specs);

/** Types reachable only through interfaces. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const orphanedTypes: Function[] = features.flatMap((f) => f.orphanedTypes ?? []);

export type { Feature } from './feature';
