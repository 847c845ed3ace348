import type { Database } from '../db';
import type { KeyRole } from './apiKey';

/** A stored key, without its secret. */
export interface StoredKey {
  id: string;
  hash: string;
  role: KeyRole;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
}

/** The Cypher behind API keys: `(:ApiKey {id, hash, role, label, createdAt, revokedAt})`. */
export class ApiKeyRepository {
  constructor(private readonly db: Database) {}

  async create(id: string, hash: string, role: KeyRole, label: string | null): Promise<void> {
    await this.db.writeRows('CREATE (:ApiKey {id: $id, hash: $hash, role: $role, label: $label, createdAt: datetime()})', { id, hash, role, label });
  }

  async find(id: string): Promise<StoredKey | undefined> {
    const rows = await this.db.readRows('MATCH (k:ApiKey {id: $id}) RETURN k {.*} AS key', { id });
    return rows[0]?.key as StoredKey | undefined;
  }

  async list(): Promise<StoredKey[]> {
    const rows = await this.db.readRows('MATCH (k:ApiKey) RETURN k {.id, .role, .label, .createdAt, .revokedAt} AS key ORDER BY k.createdAt');
    return rows.map((r) => r.key as StoredKey);
  }

  async revoke(id: string): Promise<boolean> {
    const rows = await this.db.writeRows('MATCH (k:ApiKey {id: $id}) SET k.revokedAt = coalesce(k.revokedAt, datetime()) RETURN k.id AS id', { id });
    return rows.length > 0;
  }
}
