import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

/** The preload that lets a child `node` run TypeScript, compiling each file once for the whole test run (tsRegister.cjs). */
const TS_REGISTER = path.join(root, 'tests', 'helpers', 'tsRegister.cjs');

/** `node`'s arguments to run a TypeScript entry point of the project (`src/index.ts`, say) as `ts-node --transpile-only` would. */
export function tsNodeArgs(file: string, ...args: string[]): string[] {
  return ['-r', TS_REGISTER, file, ...args];
}
