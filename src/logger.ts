import pino, { type Logger } from 'pino';

/** The process logger: JSON lines, one injected instance; request handlers use child loggers with the request id. */
export function createLogger(level: string, name = 'influence-graph'): Logger {
  return pino({ name, level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime });
}

export type { Logger };
