import { parseImportArgs } from '../../../src/import/parseImportArgs';

describe('parseImportArgs', () => {
  it('reads paths and flags in any order', () => {
    expect(parseImportArgs(['cypher/seed', '--dry-run', '--reapply', 'a.cypher', '--reapply=b.cypher', 'x.cypher', '--quiet', '--force'])).toEqual({
      ok: true,
      args: { paths: ['cypher/seed', 'x.cypher'], dryRun: true, reapply: ['a.cypher', 'b.cypher'], force: true, quiet: true, help: false, bulk: false },
    });
  });

  it('defaults to no paths (the CLI then imports cypher/schema, cypher/seed and cypher/articles)', () => {
    expect(parseImportArgs([])).toMatchObject({ ok: true, args: { paths: [], dryRun: false, reapply: [] } });
  });

  it('refuses an unknown option', () => {
    expect(parseImportArgs(['--forcefully'])).toEqual({ ok: false, message: 'Unknown option --forcefully.' });
  });

  it('refuses --reapply without a name', () => {
    expect(parseImportArgs(['--reapply'])).toMatchObject({ ok: false });
    expect(parseImportArgs(['--reapply', '--dry-run'])).toMatchObject({ ok: false });
    expect(parseImportArgs(['--reapply='])).toMatchObject({ ok: false });
  });

  it('reads --batch-size as a whole number of records, in both forms, and refuses anything else', () => {
    expect(parseImportArgs(['data.ftm.json', '--batch-size', '2000'])).toMatchObject({ ok: true, args: { paths: ['data.ftm.json'], batchSize: 2000 } });
    expect(parseImportArgs(['--batch-size=50', 'a.csv'])).toMatchObject({ ok: true, args: { paths: ['a.csv'], batchSize: 50 } });
    expect(parseImportArgs(['a.csv'])).toEqual({ ok: true, args: expect.not.objectContaining({ batchSize: expect.anything() }) });
    for (const bad of [['--batch-size'], ['--batch-size', '0'], ['--batch-size', '1.5'], ['--batch-size=many']]) {
      expect(parseImportArgs(bad)).toMatchObject({ ok: false, message: expect.stringMatching(/^--batch-size needs a whole number/) });
    }
  });

  it('reads --bulk with --home and FtM files, and refuses it without a folder, without files or with the options of transactions', () => {
    expect(parseImportArgs(['--bulk', '--home', '.neo4j/big', 'a.ftm.json', 'b.jsonl'])).toMatchObject({
      ok: true,
      args: { bulk: true, home: '.neo4j/big', paths: ['a.ftm.json', 'b.jsonl'] },
    });
    expect(parseImportArgs(['a.ftm.json', '--home=.neo4j/big', '--bulk', '--quiet'])).toMatchObject({ ok: true, args: { bulk: true, home: '.neo4j/big', quiet: true } });
    expect(parseImportArgs(['--bulk', 'a.ftm.json'])).toEqual({ ok: false, message: '--bulk needs --home <folder>: the data folder to load into.' });
    expect(parseImportArgs(['--bulk', '--home', '.neo4j/big'])).toMatchObject({ ok: false, message: expect.stringMatching(/^--bulk needs FtM files/) });
    expect(parseImportArgs(['--home', '.neo4j/big', 'a.ftm.json'])).toEqual({ ok: false, message: '--home is for --bulk.' });
    expect(parseImportArgs(['--bulk', '--home'])).toEqual({ ok: false, message: '--home needs a data folder.' });
    for (const extra of [['--dry-run'], ['--force'], ['--batch-size', '10'], ['--reapply', 'x']]) {
      expect(parseImportArgs(['--bulk', '--home', 'h', 'a.ftm.json', ...extra])).toMatchObject({ ok: false, message: expect.stringMatching(/^--bulk takes only/) });
    }
  });
});
