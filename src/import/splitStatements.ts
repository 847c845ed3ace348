import { parseStatementsStrs } from '@neo4j-cypher/language-support';

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
 * Splits a Cypher script into its statements with Neo4j's own Cypher parser (`@neo4j-cypher/language-support`, the
 * grammar of Neo4j's tools), so that `;` inside strings, backtick names and comments never ends a statement. Each
 * statement is located in the file (its first token, after leading comments); statements that hold nothing but
 * whitespace and comments are dropped. A leading byte-order mark is ignored. An unterminated string or comment ends
 * where the parser recovers (at the next `;`), and Neo4j (or `lintScript`) reports it there.
 */
export function splitStatements(script: string): ScriptStatement[] {
  const source = script.startsWith('\uFEFF') ? script.slice(1) : script;
  const lineStarts = findLineStarts(source);
  // Carriage returns become spaces for the parser (it drops them), so that its pieces keep the file's offsets.
  const parsed = source.replace(/\r/g, ' ');
  const pieces = parseStatementsStrs(parsed);
  const joined = pieces.join('');
  if (!parsed.startsWith(joined) || /\S/.test(maskCode(parsed.slice(joined.length)))) {
    throw new Error('The Cypher parser split the script into pieces that do not make it up again.');
  }
  const statements: ScriptStatement[] = [];
  let offset = 0;
  for (const parsedPiece of pieces) {
    const piece = source.slice(offset, offset + parsedPiece.length);
    const masked = maskCode(piece);
    const body = piece.endsWith(';') ? piece.length - 1 : piece.length;
    const first = masked.slice(0, body).search(/\S/);
    if (first >= 0) {
      const text = piece.slice(first, body).trimEnd();
      const { line, column } = positionOf(lineStarts, offset + first);
      statements.push({ text, code: masked.slice(first, first + text.length), line, column });
    }
    offset += piece.length;
  }
  return statements;
}

/**
 * The text with the contents of strings, backtick names and comments blanked out (newlines kept, same length), so
 * that keywords and literals can be found without being fooled by `'...; IN TRANSACTIONS'` in a string. Quotes stay.
 */
export function maskCode(text: string): string {
  const masked = text.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k += 1) if (masked[k] !== '\n' && masked[k] !== '\r') masked[k] = ' ';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const newline = text.indexOf('\n', i);
      const end = newline < 0 ? text.length : newline;
      blank(i, end);
      i = end;
    } else if (c === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? text.length : close + 2;
      blank(i, end);
      i = end;
    } else if (c === "'" || c === '"' || c === '`') {
      const end = endOfQuoted(text, i);
      blank(i + 1, end - 1);
      i = end;
    } else {
      i += 1;
    }
  }
  return masked.join('');
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
