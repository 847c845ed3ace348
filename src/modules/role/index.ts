import type { Feature } from '../feature';
import { RoleResolver, RoleListResolver } from './role.resolver';
import { roleSpec } from './role.projection';

export { RoleResolver } from './role.resolver';
export { Role } from './role.type';
export { roleSpec } from './role.projection';
export { AddRoleInput } from './role.inputs';
export { RoleService } from './role.service';

/** What the role feature adds to the API. */
export const roleFeature: Feature = {
  resolvers: [RoleResolver, RoleListResolver],
  specs: [roleSpec],
};
