import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newArticle, runNewArticleCli } from '../../../src/import/newArticle';
import { splitStatements } from '../../../src/import/splitStatements';

const io = () => {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) } } };
};

describe('npm run new-article', () => {
  it('writes cypher/articles/<today>-<slug>.cypher with a header and one source statement', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'test-new-article-'));
    const { out, io: streams } = io();
    expect(runNewArticleCli(['--', 'Meta Reinstatement'], root, streams as never, new Date('2023-01-25T10:00:00Z'))).toBe(0);
    const file = path.join(root, 'cypher', 'articles', '2023-01-25-meta-reinstatement.cypher');
    const statements = splitStatements(fs.readFileSync(file, 'utf8'));
    expect(statements).toHaveLength(1);
    expect(statements[0].text).toMatch(/^MERGE \(s:Source \{id: 'source-meta-reinstatement'\}\)/);
    expect(out.stdout).toContain('npm run import -- --dry-run cypher/articles/2023-01-25-meta-reinstatement.cypher');

    expect(runNewArticleCli(['meta-reinstatement'], root, streams as never, new Date('2023-01-25T10:00:00Z'))).toBe(2);
    expect(out.stderr).toContain('exists already');
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('takes --date, and refuses a bad date or a slug without letters', () => {
    expect(newArticle('x', '2024-02-29').file).toBe('cypher/articles/2024-02-29-x.cypher');
    expect(() => newArticle('x', '2024-2-29')).toThrow(/YYYY-MM-DD/);
    expect(() => newArticle('---', '2024-02-29')).toThrow(/empty slug/);
  });
});
