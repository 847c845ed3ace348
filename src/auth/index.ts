export { generateKey, parseKey, hashSecret, secretMatches, type KeyRole, type NewKey } from './apiKey';
export { ApiKeyRepository, type StoredKey } from './apiKeyRepository';
export { Authenticator } from './authenticator';
export { requireRole } from './requireRole';
export { authChecker, type WriteRole } from './authChecker';
