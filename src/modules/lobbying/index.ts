import type { Feature } from '../feature';
import { LobbyingResolver } from './lobbying.resolver';
import { lobbyingEffortSpec } from './lobbying.projection';

export { LobbyingResolver } from './lobbying.resolver';
export { LobbyingEffort, LobbyingEffortConnection } from './lobbyingEffort.type';
export { lobbyingEffortSpec } from './lobbying.projection';
export { AddLobbyingEffortInput } from './lobbying.inputs';
export { LobbyingService } from './lobbying.service';

/** What the lobbying feature adds to the API. */
export const lobbyingFeature: Feature = {
  resolvers: [LobbyingResolver],
  specs: [lobbyingEffortSpec],
};
