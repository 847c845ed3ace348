import 'reflect-metadata';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { openGraph } from '../openGraph';
import { generateKey, type KeyRole } from './apiKey';
import { ApiKeyRepository } from './apiKeyRepository';

const USAGE = `usage:
  npm run keys -- create --role editor|admin [--label "who it is for"]
  npm run keys -- list
  npm run keys -- revoke <key id>`;

/** `npm run keys`: creates (shown once), lists and revokes API keys. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || !['create', 'list', 'revoke'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const options = parseOptions(rest);
  if (command === 'create' && !['editor', 'admin'].includes(String(options.role).toLowerCase())) {
    console.error(`--role must be editor or admin\n${USAGE}`);
    return 2;
  }
  if (command === 'revoke' && !options._[0]) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const graph = await openGraph(config, createLogger(process.env.LOG_LEVEL ?? 'warn'));
  console.error(`Keys of ${graph.describe}.`);
  try {
    const keys = new ApiKeyRepository(graph.db);
    if (command === 'create') {
      const role = String(options.role).toUpperCase() as KeyRole;
      const made = generateKey();
      await keys.create(made.id, made.hash, role, (options.label as string) ?? null);
      console.log(`Created ${role} key ${made.id}. It is shown once; store it now:\n\n  ${made.key}\n`);
    } else if (command === 'list') {
      for (const key of await keys.list()) {
        console.log(`${key.id}  ${key.role.padEnd(6)}  ${key.revokedAt ? `revoked ${key.revokedAt}` : 'active'}  created ${key.createdAt}  ${key.label ?? ''}`);
      }
    } else {
      const done = await keys.revoke(options._[0]);
      console.log(done ? `Revoked ${options._[0]}.` : `No key ${options._[0]}.`);
      if (!done) return 1;
    }
    return 0;
  } finally {
    await graph.close();
  }
}

function parseOptions(args: string[]): { _: string[]; [name: string]: unknown } {
  const out: { _: string[]; [name: string]: unknown } = { _: [] };
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('--')) out[args[i].slice(2)] = args[i + 1]?.startsWith('--') ? true : args[++i];
    else out._.push(args[i]);
  }
  return out;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(4);
  },
);
