import pino, { type Logger } from 'pino';

/** How the process logger writes. */
export interface LoggerOptions {
  /**
   * Write asynchronously, coalescing lines while a write is in flight, instead of one blocking write per line: the
   * server logs a line per request, and a blocking write per request cost as much as executing a small query. What
   * is still buffered is written synchronously when the process exits, so `process.exit` loses no line.
   */
  buffered?: boolean;
}

/** The process logger: JSON lines, one injected instance; request handlers use child loggers with the request id. */
export function createLogger(level: string, name = 'influence-graph', options: LoggerOptions = {}): Logger {
  const settings = { name, level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime };
  if (!options.buffered) return pino(settings);
  const destination = pino.destination({ dest: 1, sync: false });
  process.on('exit', () => {
    try {
      destination.flushSync();
    } catch {
      // Nothing more can be done for a log line while the process exits (a closed pipe, a full disk).
    }
  });
  return pino(settings, destination);
}

export type { Logger };
