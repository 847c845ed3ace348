import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { slugify } from '../lib/slug';

/** What `npm run new-article` writes: the script's file name and its first lines. */
export interface NewArticle {
  /** `cypher/articles/<date>-<slug>.cypher`, relative to the project root. */
  file: string;
  text: string;
}

/** The usage text of `npm run new-article`. */
export const NEW_ARTICLE_USAGE = `Usage: npm run new-article -- <slug> [--date YYYY-MM-DD]

Writes cypher/articles/<date>-<slug>.cypher (date: today, UTC, unless given) with a header and a source block to fill
in; then follow docs/adding-an-article.md and copy blocks from cypher/templates/article.cypher.
`;

/**
 * The first lines of a new article's script: a header that says where the article comes from, and the block of the
 * source it is read from, with `source-<slug>` as its id. Nothing else: the guide and the template give the rest.
 */
export function newArticle(slugArg: string, date: string): NewArticle {
  const slug = slugify(slugArg);
  if (!/[\p{L}\p{N}]/u.test(slugArg)) throw new Error(`"${slugArg}" gives an empty slug; use letters or digits, e.g. meta-reinstatement.`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) throw new Error(`--date ${date}: expected YYYY-MM-DD.`);
  const name = `${date}-${slug}`;
  const text = `// ${name}.cypher: <one line: what the article says, and where it comes from>.
// Written from <the source: its file in sources/, or its URL>. Guide: docs/adding-an-article.md; blocks to copy:
// cypher/templates/article.cypher. Check it with \`npm run import -- --dry-run cypher/articles/${name}.cypher\`.

// ---------------------------------------------------------------- The source this article is read from
MERGE (s:Source {id: 'source-${slug}'})
ON CREATE SET s.createdAt = datetime(), s.updatedAt = datetime()
SET s.title = '<title>',
    s.url = null,
    s.language = 'en',
    s.publishedAt = date('${date}'), s.publishedAtPrecision = 'DAY',
    s.retrievedAt = null;
`;
  return { file: `cypher/articles/${name}.cypher`, text };
}

/** `npm run new-article -- <slug> [--date YYYY-MM-DD]`: writes the script, never over an existing file. */
export function runNewArticleCli(argv: readonly string[], root = projectRoot, io = { stdout: process.stdout, stderr: process.stderr }, today = new Date()): number {
  const args = argv.filter((a) => a !== '--');
  const dateAt = args.findIndex((a) => a === '--date' || a.startsWith('--date='));
  let date = today.toISOString().slice(0, 10);
  if (dateAt >= 0) {
    date = args[dateAt].includes('=') ? args[dateAt].slice('--date='.length) : (args[dateAt + 1] ?? '');
    args.splice(dateAt, args[dateAt].includes('=') ? 1 : 2);
  }
  if (args.length !== 1 || args[0].startsWith('-')) {
    io.stderr.write(NEW_ARTICLE_USAGE);
    return 2;
  }
  let article: NewArticle;
  try {
    article = newArticle(args[0], date);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${NEW_ARTICLE_USAGE}`);
    return 2;
  }
  const target = path.join(root, article.file);
  if (fs.existsSync(target)) {
    io.stderr.write(`${article.file} exists already; edit it, or pick another slug.\n`);
    return 2;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, article.text);
  io.stdout.write(
    `Wrote ${article.file}. Fill in the source block, add entities, claims and evidence (docs/adding-an-article.md), then:\n  npm run import -- --dry-run ${article.file}\n  npm run import\n`,
  );
  return 0;
}

if (require.main === module) process.exitCode = runNewArticleCli(process.argv.slice(2));
