import { parseImportArgs } from '../../../src/import/parseImportArgs';

describe('parseImportArgs', () => {
  it('reads paths and flags in any order', () => {
    expect(parseImportArgs(['cypher/seed', '--dry-run', '--reapply', 'a.cypher', '--reapply=b.cypher', 'x.cypher', '--quiet', '--force'])).toEqual({
      ok: true,
      args: { paths: ['cypher/seed', 'x.cypher'], dryRun: true, reapply: ['a.cypher', 'b.cypher'], force: true, quiet: true, help: false },
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
});
