import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The roles a key can have: EDITOR writes facts; ADMIN also merges, retracts and reads the audit log. */
export type KeyRole = 'EDITOR' | 'ADMIN';

/** A new key: the secret is shown once; only its hash is stored. */
export interface NewKey {
  id: string;
  key: string;
  hash: string;
}

const KEY_PATTERN = /^igk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/** Makes a key `igk_<id>_<secret>`: the id finds the stored hash, the 256-bit secret proves possession. */
export function generateKey(): NewKey {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { id, key: `igk_${id}_${secret}`, hash: hashSecret(secret) };
}

/** Splits a presented key into id and secret; undefined when it is not of our form. */
export function parseKey(key: string): { id: string; secret: string } | undefined {
  const match = KEY_PATTERN.exec(key.trim());
  return match ? { id: match[1], secret: match[2] } : undefined;
}

/** SHA-256 of the secret: the secret has 256 bits of entropy, so a slow hash adds nothing. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares a secret with a stored hash in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
