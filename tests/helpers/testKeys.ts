import { ApiKeyRepository, generateKey, type KeyRole } from '../../src/auth';
import { testDatabase } from './testDatabase';

/** Creates a real API key in the test database; returns the key to send and the caller it stands for. */
export async function createTestKey(role: KeyRole): Promise<{ key: string; caller: { keyId: string; role: KeyRole } }> {
  const made = generateKey();
  await new ApiKeyRepository(testDatabase()).create(made.id, made.hash, role, 'test');
  return { key: made.key, caller: { keyId: made.id, role } };
}
