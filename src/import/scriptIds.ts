import type { ScriptStatement } from './splitStatements';

const QUOTED = /'|"/g;
const ID_LIKE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

/**
 * The ids a script names: every string literal of its statements that could be an id (no spaces: titles and quotes
 * are left out), each with the line of the first statement that names it. The import's checks look at the nodes with
 * these ids, and a problem is reported at the line of the statement that named the node first (where a block MERGEs
 * its claim). Literals are found in the statement's `code` (strings and comments blanked), so that a quote inside a
 * comment is not taken for a string.
 */
export function scriptIds(statements: readonly ScriptStatement[]): Map<string, number> {
  const lines = new Map<string, number>();
  for (const statement of statements) {
    for (const id of literalsOf(statement)) if (ID_LIKE.test(id) && !lines.has(id)) lines.set(id, statement.line);
  }
  return lines;
}

/** The string literals of one statement, unescaped. */
export function literalsOf(statement: Pick<ScriptStatement, 'text' | 'code'>): string[] {
  return literalsWithContext(statement).map((l) => l.value);
}

/** The literals of one statement written where an id goes: `{id: '…'}`, `.id = '…'`, `claimId: '…'`. */
export function idLiteralsOf(statement: Pick<ScriptStatement, 'text' | 'code'>): string[] {
  return literalsWithContext(statement)
    .filter((l) => /(?:\bid|Id)\s*[:=]\s*$/.test(l.before))
    .map((l) => l.value);
}

function literalsWithContext(statement: Pick<ScriptStatement, 'text' | 'code'>): Array<{ value: string; before: string }> {
  const { text, code } = statement;
  const out: Array<{ value: string; before: string }> = [];
  QUOTED.lastIndex = 0;
  let open: RegExpExecArray | null;
  while ((open = QUOTED.exec(code))) {
    const quote = open[0];
    const close = code.indexOf(quote, open.index + 1);
    if (close < 0) break;
    out.push({ value: text.slice(open.index + 1, close).replace(/\\(.)/g, '$1'), before: code.slice(Math.max(0, open.index - 20), open.index) });
    QUOTED.lastIndex = close + 1;
  }
  return out;
}

/** True when the script takes its ids from outside its text (LOAD CSV, parameters): its checks cover the whole graph. */
export function namesIdsElsewhere(statements: readonly ScriptStatement[]): boolean {
  return statements.some((s) => /\bLOAD\s+CSV\b/i.test(s.code) || /\$[A-Za-z_]/.test(s.code));
}
