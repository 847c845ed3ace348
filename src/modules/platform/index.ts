import type { Feature } from '../feature';
import { PlatformResolver, PlatformListsResolver, AccountListsResolver, AccountListResolver } from './platform.resolver';
import { platformSpec, accountSpec } from './platform.projection';
import { Account } from './account.type';

export { PlatformResolver } from './platform.resolver';
export { Platform } from './platform.type';
export { Account } from './account.type';
export { platformSpec, accountSpec } from './platform.projection';
export { CreatePlatformInput, CreateAccountInput } from './platform.inputs';
export { PlatformService } from './platform.service';

/** What the platform feature adds to the API. */
export const platformFeature: Feature = {
  resolvers: [PlatformResolver, PlatformListsResolver, AccountListsResolver, AccountListResolver],
  specs: [platformSpec, accountSpec],
  orphanedTypes: [Account],
};
