import { ImportProgressPrinter } from '../../../src/import/importProgressPrinter';

function output(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (text: string) => chunks.push(text) };
}

const file = 'cypher/seed/001-sources.cypher';

describe('ImportProgressPrinter', () => {
  it('prints one plain line per file when the output is not a terminal', () => {
    const out = output(false);
    const printer = new ImportProgressPrinter(out);
    printer.onProgress({ kind: 'file-start', file, index: 1, total: 2, statements: 2 });
    printer.onProgress({ kind: 'statement', file, index: 1, total: 2 });
    printer.onProgress({ kind: 'statement', file, index: 2, total: 2 });
    printer.onProgress({ kind: 'file-done', file, status: 'applied', durationMs: 12 });
    printer.summary({ applied: [file], skipped: ['x'], checked: [], statements: 2, durationMs: 1500 }, false);

    expect(out.chunks.join('')).toBe(`[1/2] applied ${file} (2 statements, 12 ms)\nApplied 1, skipped 1 (unchanged) of 2 files; 2 statements in 1.5 s.\n`);
  });

  it('rewrites one line in place on a terminal', () => {
    const out = output(true);
    const printer = new ImportProgressPrinter(out);
    printer.onProgress({ kind: 'file-start', file, index: 1, total: 1, statements: 1 });
    printer.onProgress({ kind: 'statement', file, index: 1, total: 1 });
    printer.onProgress({ kind: 'file-done', file, status: 'checked', durationMs: 3 });

    expect(out.chunks).toEqual([`\r\x1b[K[1/1] ${file}: statement 0 of 1`, `\r\x1b[K[1/1] ${file}: statement 1 of 1`, '\r\x1b[K', `[1/1] checked ${file} (1 statement, 3 ms)\n`]);
  });

  it('ends an open progress line before an error is printed', () => {
    const out = output(true);
    const printer = new ImportProgressPrinter(out);
    printer.onProgress({ kind: 'file-start', file, index: 1, total: 1, statements: 3 });
    printer.closeLine();
    expect(out.chunks[out.chunks.length - 1]).toBe('\n');
  });

  it('prints nothing when quiet', () => {
    const out = output(true);
    const printer = new ImportProgressPrinter(out, true);
    printer.note('hello');
    printer.onProgress({ kind: 'file-start', file, index: 1, total: 1, statements: 3 });
    printer.summary({ applied: [], skipped: [], checked: [], statements: 0, durationMs: 0 }, true);
    expect(out.chunks).toEqual([]);
  });
});
