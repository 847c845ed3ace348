import type { Caller } from '../context';
import type { Database } from '../db';
import { UnauthenticatedError } from '../errors';
import { parseKey, secretMatches } from './apiKey';
import { ApiKeyRepository, type StoredKey } from './apiKeyRepository';

const ANONYMOUS: Caller = { keyId: null, role: 'ANONYMOUS' };

/**
 * Turns an `Authorization` header into a caller. No header: anonymous. A header with a key the API does not know
 * (malformed, unknown, revoked or wrong secret): UNAUTHENTICATED, never a silent downgrade to anonymous. Keys are
 * cached for a few seconds so that a burst of requests does not read the same key again and again.
 */
export class Authenticator {
  private readonly repository: ApiKeyRepository;
  private readonly cache = new Map<string, { key: StoredKey | undefined; until: number }>();

  constructor(
    db: Database,
    private readonly cacheMs = 5_000,
  ) {
    this.repository = new ApiKeyRepository(db);
  }

  async callerFor(header: string | undefined): Promise<Caller> {
    if (header === undefined || header.trim() === '') return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    const parsed = match ? parseKey(match[1]) : undefined;
    if (!parsed) throw new UnauthenticatedError('The Authorization header must be `Bearer <key>` with a key made by `npm run keys -- create`.');
    const stored = await this.lookup(parsed.id);
    if (!stored || stored.revokedAt || !secretMatches(parsed.secret, stored.hash)) {
      throw new UnauthenticatedError('This API key is unknown or revoked.');
    }
    return { keyId: stored.id, role: stored.role };
  }

  private async lookup(id: string): Promise<StoredKey | undefined> {
    const cached = this.cache.get(id);
    if (cached && cached.until > Date.now()) return cached.key;
    const key = await this.repository.find(id);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(id, { key, until: Date.now() + this.cacheMs });
    return key;
  }
}
