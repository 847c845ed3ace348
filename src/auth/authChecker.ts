import type { AuthChecker } from 'type-graphql';
import type { AppContext } from '../context';
import { requireRole } from './requireRole';

/** The roles `@Authorized(...)` names. */
export type WriteRole = 'EDITOR' | 'ADMIN';

/**
 * type-graphql's `authChecker`: every field marked `@Authorized('EDITOR')` or `@Authorized('ADMIN')` passes here.
 * It throws our own errors rather than returning false, so that the codes stay UNAUTHENTICATED (no key) and FORBIDDEN
 * (a key whose role is too low; ADMIN can do what EDITOR can). Listing several roles means any of them is enough.
 */
export const authChecker: AuthChecker<AppContext, WriteRole> = ({ context, info }, roles) => {
  const needed: WriteRole = roles.length === 0 || roles.includes('EDITOR') ? 'EDITOR' : 'ADMIN';
  requireRole(context.caller, needed, `\`${info.fieldName}\``);
  return true;
};
