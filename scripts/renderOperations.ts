import fs from 'node:fs';
import path from 'node:path';

/**
 * Runs every operation of schema/operations against a running API and writes each, with its (trimmed) answer, into
 * docs/examples.md between the operations markers. Usage: `npm run docs:operations -- http://127.0.0.1:4000/graphql`.
 */
async function main(): Promise<void> {
  const url = process.argv[2] ?? 'http://127.0.0.1:4000/graphql';
  const root = path.resolve(__dirname, '..');
  const dir = path.join(root, 'schema', 'operations');
  const sections: string[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()) {
    const query = fs.readFileSync(path.join(dir, file), 'utf8');
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = await response.json();
    const title = query.split('\n')[0].replace(/^#\s*/, '');
    sections.push(
      `## ${title}\n\n\`schema/operations/${file}\`\n\n\`\`\`graphql\n${query.trim()}\n\`\`\`\n\n<details><summary>Answer (trimmed)</summary>\n\n\`\`\`json\n${JSON.stringify(trim(body), null, 2)}\n\`\`\`\n\n</details>\n`,
    );
  }
  const target = 'docs/examples.md';
  const targetPath = path.join(root, target);
  const current = fs.readFileSync(targetPath, 'utf8');
  const start = '<!-- operations:start -->';
  const end = '<!-- operations:end -->';
  if (!current.includes(start) || !current.includes(end)) throw new Error(`${target} lacks the operations markers`);
  // A function, so that a `$` in an answer is written as it is, not read as a replacement pattern.
  const next = current.replace(new RegExp(`${start}[\\s\\S]*${end}`), () => `${start}\n${sections.join('\n')}\n${end}`);
  fs.writeFileSync(targetPath, next);
  console.log(`rendered ${sections.length} operations into ${target}`);
}

/** Keeps answers readable: the first 3 items of a list, the first 160 characters of a string. */
function trim(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) {
    const kept = value.slice(0, 3).map((v) => trim(v, depth + 1));
    return value.length > 3 ? [...kept, `… ${value.length - 3} more`] : kept;
  }
  if (typeof value === 'string') return value.length > 160 ? `${value.slice(0, 160)}…` : value;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trim(v, depth + 1)]));
  }
  return value;
}

void main();
