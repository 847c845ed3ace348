import type { ImportProgress, ImportSummary } from './importTypes';

/** Where the printer writes: the CLI's stdout and whether it is a terminal. */
export interface PrinterOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * Draws an import's progress for people: on a terminal one line, rewritten in place, says which file of how many and
 * which statement of how many; elsewhere (CI logs, pipes) one plain line per finished file.
 */
export class ImportProgressPrinter {
  private file = { name: '', index: 0, total: 0, statements: 0, unit: 'statement' as 'statement' | 'record' };
  private lineOpen = false;
  private lastDraw = 0;

  constructor(
    private readonly out: PrinterOutput,
    private readonly quiet = false,
  ) {}

  /** Prints a message on a line of its own (after closing a progress line). */
  note(message: string): void {
    if (this.quiet) return;
    this.closeLine();
    this.out.write(`${message}\n`);
  }

  /** Feed for `ImportOptions.onProgress`. */
  readonly onProgress = (event: ImportProgress): void => {
    if (this.quiet) return;
    if (event.kind === 'file-start') {
      this.file = { name: event.file, index: event.index, total: event.total, statements: event.statements, unit: event.unit ?? 'statement' };
      this.draw(0, true);
    } else if (event.kind === 'statement') {
      this.draw(event.index, event.index === event.total);
    } else {
      const { index, total, statements, name, unit } = this.file;
      const rate = unit === 'record' && event.durationMs > 0 ? `, ${Math.round((statements * 1000) / event.durationMs)} records/s` : '';
      const counted = event.status === 'skipped' ? 'unchanged' : `${statements} ${unit}${statements === 1 ? '' : 's'}${rate}`;
      this.closeLineInPlace();
      this.out.write(`[${index}/${total}] ${event.status.padEnd(7)} ${name} (${counted}, ${formatMs(event.durationMs)})\n`);
    }
  };

  /** Ends any progress line, so that an error message starts on a line of its own. */
  closeLine(): void {
    if (this.lineOpen) this.out.write('\n');
    this.lineOpen = false;
  }

  /** The closing summary. */
  summary(summary: ImportSummary, dryRun: boolean): void {
    if (this.quiet) return;
    this.closeLine();
    const files = summary.applied.length + summary.skipped.length + summary.checked.length;
    const statements = `${summary.statements} statement${summary.statements === 1 ? '' : 's'}`;
    const time = formatMs(summary.durationMs);
    this.out.write(
      dryRun
        ? `Dry run: checked ${summary.checked.length} of ${files} script${files === 1 ? '' : 's'} (${statements}) in ${time}; nothing was written.\n`
        : `Applied ${summary.applied.length}, skipped ${summary.skipped.length} (unchanged) of ${files} file${files === 1 ? '' : 's'}; ${statements}${summary.records ? ` and ${summary.records} record${summary.records === 1 ? '' : 's'}` : ''} in ${time}.\n`,
    );
    const d = summary.derived;
    if (!dryRun && d) {
      this.out.write(
        `Derived from the model: ${d.shortcutsWritten} shortcut edge${d.shortcutsWritten === 1 ? '' : 's'} written, ${d.shortcutsRemoved} removed, ` +
          `${d.pageKeys} page key${d.pageKeys === 1 ? '' : 's'} and ${d.aliasesText} alias text${d.aliasesText === 1 ? '' : 's'} refreshed.\n`,
      );
    }
  }

  private draw(statement: number, force: boolean): void {
    if (!this.out.isTTY) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 50) return;
    this.lastDraw = now;
    const { index, total, statements, name, unit } = this.file;
    this.out.write(`\r\x1b[K[${index}/${total}] ${name}: ${unit} ${statement} of ${statements}`);
    this.lineOpen = true;
  }

  private closeLineInPlace(): void {
    if (this.lineOpen) this.out.write('\r\x1b[K');
    this.lineOpen = false;
  }
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
