import type { Feature } from '../feature';
import { OrganizationResolver, OrganizationListsResolver } from './organization.resolver';
import { organizationSpec } from './organization.projection';

export { OrganizationResolver } from './organization.resolver';
export { Organization, OrganizationConnection } from './organization.type';
export { organizationSpec } from './organization.projection';
export { CreateOrganizationInput } from './organization.inputs';
export { OrganizationService } from './organization.service';

/** What the organization feature adds to the API. */
export const organizationFeature: Feature = {
  resolvers: [OrganizationResolver, OrganizationListsResolver],
  specs: [organizationSpec],
};
