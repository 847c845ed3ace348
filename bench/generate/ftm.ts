/**
 * A deterministic FollowTheMoney entity stream of N entities, for the import's throughput (bench/README.md):
 *
 *   npx ts-node --transpile-only bench/generate/ftm.ts --entities 100000 --out .scratch/ftm-100k.ftm.json
 *
 *   --entities n   how many entities (lines) to write (default 10000)
 *   --seed n       the random seed (default 42): the same seed and count give the same file, byte for byte
 *   --prefix p     a prefix for every id (default `gen-`)
 *   --out file     where to write (default stdout); keep it out of the repository or under a git-ignored folder
 *   --check        check every line with the followthemoney model the importer uses (`checkEntity`) while writing
 *
 * The stream looks like what Aleph or OpenSanctions hand out: people (with aliases, birth dates, nationalities),
 * companies, organizations and public bodies, articles, and the interests between them (Directorship, Membership,
 * Employment, Ownership, Payment), messages, lobbying events, sanctions, and Documentation entities that cite an
 * article as a claim's evidence (most right after their claim, some further down the stream). Every reference names an
 * entity written earlier in the stream, and hubs are picked far more often than the rest (power law), as in real data.
 */
import fs from 'node:fs';
import { FIRST, Random, SYLLABLES } from './model';
import { checkEntity, type FtmEntity } from '../../src/interchange/ftm/ftmModel';

export interface FtmGenerateOptions {
  entities: number;
  seed: number;
  prefix: string;
}

const COUNTRIES = ['de', 'fr', 'gb', 'us', 'ie', 'nl', 'se', 'es', 'it', 'pl'];
const LANGUAGES = ['eng', 'fra', 'deu', 'spa'];
const CURRENCIES = ['EUR', 'USD', 'GBP'];
const TITLES = ['Director', 'Chair', 'Board member', 'Secretary', 'Treasurer', 'Chief executive', 'Adviser'];
const METHODS = ['MEETING', 'LETTER', 'CALL', 'EVENT'];
const STANCES = ['FOR', 'AGAINST', 'NEUTRAL'];

/** How often each kind of entity appears after the first few (weights; the stream's mix). */
const MIX: ReadonlyArray<[Kind, number]> = [
  ['Person', 22],
  ['Company', 9],
  ['Organization', 3],
  ['PublicBody', 1],
  ['Article', 4],
  ['Directorship', 12],
  ['Membership', 7],
  ['Employment', 9],
  ['Ownership', 8],
  ['Payment', 10],
  ['Message', 4],
  ['Lobbying', 3],
  ['Sanction', 1],
];
type Kind =
  'Person' | 'Company' | 'Organization' | 'PublicBody' | 'Article' | 'Directorship' | 'Membership' | 'Employment' | 'Ownership' | 'Payment' | 'Message' | 'Lobbying' | 'Sanction';

/** Every entity of the stream, in order; deterministic for (seed, entities, prefix). */
export function* ftmEntities(options: FtmGenerateOptions): Generator<FtmEntity> {
  const r = new Random(options.seed);
  const p = options.prefix;
  const pools = { people: [] as string[], orgs: [] as string[], bodies: [] as string[], articles: [] as string[] };
  const pending: Array<{ at: number; entity: FtmEntity }> = [];
  const total = MIX.reduce((sum, [, w]) => sum + w, 0);
  let written = 0;
  let serial = 0;
  const word = () => {
    const s = r.pick(SYLLABLES) + r.pick(SYLLABLES);
    return s[0].toUpperCase() + s.slice(1);
  };
  const date = () => r.date(2005, 2024);
  const hub = (pool: string[]) => pool[pool.length - 1 - r.skewed(pool.length)];
  const actor = () => (r.chance(0.6) ? hub(pools.people) : hub(pools.orgs));
  const pickKind = (): Kind => {
    if (written < 40) return (['Person', 'Person', 'Company', 'Organization', 'PublicBody', 'Article'] as const)[written % 6];
    let x = r.int(total);
    for (const [kind, w] of MIX) {
      if (x < w) return kind;
      x -= w;
    }
    return 'Person';
  };
  const make = (kind: Kind): FtmEntity => {
    serial += 1;
    const id = `${p}${kind.toLowerCase()}-${serial}`;
    switch (kind) {
      case 'Person': {
        const name = `${r.pick(FIRST)} ${word()}`;
        const properties: Record<string, string[]> = { name: [name], nationality: [r.pick(COUNTRIES)] };
        if (r.chance(0.3)) properties.alias = [`${name[0]}. ${name.split(' ')[1]}`];
        if (r.chance(0.5)) properties.birthDate = [r.date(1940, 2000)];
        pools.people.push(id);
        const entity: FtmEntity = { id, schema: 'Person', properties };
        if (r.chance(0.02)) entity.referents = [`${id}-old`];
        return entity;
      }
      case 'Company':
      case 'Organization':
      case 'PublicBody': {
        const name = `${word()} ${kind === 'Company' ? r.pick(['Holdings', 'Labs', 'Group', 'Media']) : kind === 'PublicBody' ? r.pick(['Authority', 'Commission', 'Agency']) : r.pick(['Alliance', 'Foundation', 'Institute'])}`;
        const properties: Record<string, string[]> = { name: [name], jurisdiction: [r.pick(COUNTRIES)] };
        if (kind === 'Company' && r.chance(0.5)) properties.incorporationDate = [date()];
        (kind === 'PublicBody' ? pools.bodies : pools.orgs).push(id);
        if (kind === 'PublicBody') pools.orgs.push(id);
        return { id, schema: kind, properties };
      }
      case 'Article': {
        pools.articles.push(id);
        const title = `${word()} and ${word()}: what the filings show`;
        return {
          id,
          schema: 'Article',
          properties: {
            title: [title],
            name: [title],
            fileName: [`${id}.html`],
            publishedAt: [date()],
            language: [r.pick(LANGUAGES)],
            sourceUrl: [`https://news.example.org/${id}`],
          },
        };
      }
      case 'Directorship':
      case 'Membership':
      case 'Employment': {
        const holder = kind === 'Membership' ? actor() : hub(pools.people);
        const org = hub(pools.orgs);
        const [hp, op] = kind === 'Directorship' ? ['director', 'organization'] : kind === 'Membership' ? ['member', 'organization'] : ['employee', 'employer'];
        const properties: Record<string, string[]> = { [hp]: [holder], [op]: [org], role: [r.pick(TITLES)], startDate: [date()] };
        if (r.chance(0.3)) properties.endDate = [date()];
        return { id, schema: kind, properties };
      }
      case 'Ownership':
        return { id, schema: 'Ownership', properties: { owner: [actor()], asset: [hub(pools.orgs)], percentage: [String(1 + r.int(100))], startDate: [date()] } };
      case 'Payment':
        return {
          id,
          schema: 'Payment',
          properties: {
            payer: [actor()],
            beneficiary: [actor()],
            amount: [String(1000 * (1 + r.int(5000)))],
            currency: [r.pick(CURRENCIES)],
            purpose: ['consulting'],
            date: [date()],
          },
        };
      case 'Message':
        return {
          id,
          schema: 'Message',
          properties: {
            name: [`Statement ${serial}`],
            fileName: [`${id}.txt`],
            sender: [hub(pools.people)],
            bodyText: [`We will ${word().toLowerCase()} the ${word().toLowerCase()} rules.`],
            date: [date()],
            language: ['eng'],
          },
        };
      case 'Lobbying':
        return {
          id,
          schema: 'Event',
          properties: {
            name: [`Meeting on ${word()}`],
            organizer: [actor()],
            involved: [hub(pools.people)],
            date: [date()],
            keywords: ['LobbyingEffort', r.pick(METHODS), r.pick(STANCES)],
          },
        };
      case 'Sanction':
        return { id, schema: 'Sanction', properties: { entity: [actor()], authorityId: [hub(pools.bodies)], reason: ['Breach of the register'], startDate: [date()] } };
    }
  };
  const emit = (entity: FtmEntity) => {
    written += 1;
    return entity;
  };
  while (written < options.entities) {
    const due = pending.findIndex((d) => d.at <= written);
    if (due >= 0) {
      yield emit(pending.splice(due, 1)[0].entity);
      continue;
    }
    const kind = pickKind();
    const entity = make(kind);
    yield emit(entity);
    const isClaim = !['Person', 'Company', 'Organization', 'PublicBody', 'Article'].includes(kind);
    // A third of the claims cite an article (a Documentation entity); the others get the dataset as evidence.
    if (isClaim && pools.articles.length > 0 && r.chance(0.33)) {
      serial += 1;
      const doc: FtmEntity = {
        id: `${p}documentation-${serial}`,
        schema: 'Documentation',
        properties: {
          document: [hub(pools.articles)],
          entity: [entity.id],
          role: ['REPORTED'],
          summary: [`As filed: ${kind.toLowerCase()} ${entity.id}.`],
          recordId: [`record ${serial}`],
        },
      };
      // Most right after the claim; one in five some way down the stream (another batch of the import).
      pending.push({ at: written + (r.chance(0.2) ? 200 + r.int(3000) : 0), entity: doc });
    }
  }
}

function parseArgs(argv: string[]): FtmGenerateOptions & { out?: string; check: boolean } {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--') continue;
    if (a === '--check') {
      args.set('check', 'true');
      continue;
    }
    if (!a.startsWith('--')) throw new Error(`Unexpected argument "${a}"`);
    args.set(a.slice(2), argv[i + 1]);
    i += 1;
  }
  const entities = Number(args.get('entities') ?? 10_000);
  if (!Number.isInteger(entities) || entities < 1) throw new Error(`--entities must be a positive whole number; got ${args.get('entities')}`);
  return { entities, seed: Number(args.get('seed') ?? 42), prefix: args.get('prefix') ?? 'gen-', out: args.get('out'), check: args.has('check') };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const out: NodeJS.WritableStream = options.out ? fs.createWriteStream(options.out) : process.stdout;
  const started = Date.now();
  let line = 0;
  const schemas = new Map<string, number>();
  for (const entity of ftmEntities(options)) {
    line += 1;
    if (options.check) {
      const problems = checkEntity(entity);
      if (problems.length) throw new Error(`line ${line}: ${problems.join('; ')}`);
    }
    schemas.set(entity.schema, (schemas.get(entity.schema) ?? 0) + 1);
    if (!out.write(`${JSON.stringify(entity)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  if (options.out) await new Promise<void>((resolve, reject) => (out as fs.WriteStream).end((error?: Error | null) => (error ? reject(error) : resolve())));
  const mix = [...schemas].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${s} ${n}`);
  process.stderr.write(`${line} FtM entities (seed ${options.seed}${options.check ? ', every line checked' : ''}) in ${Date.now() - started} ms: ${mix.join(', ')}\n`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
