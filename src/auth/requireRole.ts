import type { Caller } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors';

const RANK = { ANONYMOUS: 0, EDITOR: 1, ADMIN: 2 } as const;

/** Throws UNAUTHENTICATED without a key, FORBIDDEN when the key's role is below `role`. */
export function requireRole(caller: Caller, role: 'EDITOR' | 'ADMIN', action: string): void {
  if (caller.role === 'ANONYMOUS') throw new UnauthenticatedError(`${action} needs an API key: send \`Authorization: Bearer <key>\`.`);
  if (RANK[caller.role] < RANK[role]) throw new ForbiddenError(`${action} needs an ${role} key; this key is ${caller.role}.`);
}
