/**
 * Preloaded into a process started with an IPC channel (`node --expose-gc -r dist/scripts/memoryProbe.js …`, see
 * scripts/subscriberMemory.ts): sends the process's `memoryUsage()` to its parent every second, so that the parent
 * can chart the heap as well as the resident size. With `--expose-gc`, every fifth second it first runs a full
 * collection and reports the heap still in use after it (`heapAfterGc`): what is retained, not what awaits collection.
 * Does nothing without an IPC channel.
 */
if (process.send) {
  const send = process.send.bind(process);
  const gc = (globalThis as { gc?: () => void }).gc;
  let tick = 0;
  let heapAfterGc: number | null = null;
  setInterval(() => {
    tick += 1;
    if (gc && tick % 5 === 0) {
      gc();
      heapAfterGc = process.memoryUsage().heapUsed;
    }
    const m = process.memoryUsage();
    send({ memory: { t: Date.now(), rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers, heapAfterGc } });
  }, 1000).unref();
  // The parent going away must not keep the channel (and this process) open.
  process.channel?.unref();
}
