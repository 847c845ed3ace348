/** One statement of a Cypher script, located in its file so that errors can point at it. */
export interface ScriptStatement {
  /** The statement as sent to Neo4j: from its first token to the character before its `;`, right-trimmed. */
  text: string;
  /**
   * The same characters with the contents of strings, backtick names and comments blanked out (newlines kept), so
   * that keywords can be looked for without being fooled by `'...; IN TRANSACTIONS'` in a string.
   */
  code: string;
  /** 1-based line of the statement's first token in the file. */
  line: number;
  /** 1-based column of that token. */
  column: number;
}

/**
 * Splits a Cypher script into its statements on `;`. A `;` inside a '…' or "…" string (with backslash escapes), a
 * `…` name, a `//` line comment or a block comment does not end a statement. Statements that hold nothing but
 * whitespace and comments are dropped. A leading byte-order mark is ignored.
 */
export function splitStatements(script: string): ScriptStatement[] {
  const source = script.startsWith('\uFEFF') ? script.slice(1) : script;
  const masked = source.split('');
  const lineStarts = findLineStarts(source);
  const statements: ScriptStatement[] = [];
  let start = -1;

  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k += 1) if (masked[k] !== '\n' && masked[k] !== '\r') masked[k] = ' ';
  };
  const flush = (end: number) => {
    if (start < 0) return;
    const text = source.slice(start, end).trimEnd();
    const { line, column } = positionOf(lineStarts, start);
    statements.push({ text, code: masked.slice(start, start + text.length).join(''), line, column });
    start = -1;
  };

  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const newline = source.indexOf('\n', i);
      const end = newline < 0 ? source.length : newline;
      blank(i, end);
      i = end;
    } else if (c === '/' && next === '*') {
      const close = source.indexOf('*/', i + 2);
      const end = close < 0 ? source.length : close + 2;
      blank(i, end);
      i = end;
    } else if (c === "'" || c === '"' || c === '`') {
      if (start < 0) start = i;
      const end = endOfQuoted(source, i);
      blank(i + 1, end - 1);
      i = end;
    } else if (c === ';') {
      flush(i);
      i += 1;
    } else {
      if (start < 0 && !/\s/.test(c)) start = i;
      i += 1;
    }
  }
  flush(source.length);
  return statements;
}

/** The index just past the closing quote of the string or name that opens at `open` (or the end of the text). */
function endOfQuoted(source: string, open: number): number {
  const quote = source[open];
  let k = open + 1;
  while (k < source.length) {
    const c = source[k];
    if (c === '\\' && quote !== '`') k += 2;
    else if (c === quote) return k + 1;
    else k += 1;
  }
  return source.length;
}

function findLineStarts(source: string): number[] {
  const starts = [0];
  for (let k = 0; k < source.length; k += 1) if (source[k] === '\n') starts.push(k + 1);
  return starts;
}

function positionOf(lineStarts: number[], index: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle] <= index) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: index - lineStarts[low] + 1 };
}
