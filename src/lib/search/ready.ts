/**
 * Waits for something that can only be polled, checking more often than
 * the poller does. `probe` is a call that settles once the thing is ready
 * (for Pagefind, an empty preload: it resolves when Pagefind's own check,
 * every 50 ms, finds its index loaded). `count` probes started `stepMs`
 * apart check every `stepMs` together; this resolves with the first to
 * resolve, and rejects with the first to reject (Pagefind failed to load).
 */
export function firstOfStaggered(probe: () => Promise<unknown>, { count = 5, stepMs = 10 } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    for (let i = 0; i < count; i++) {
      setTimeout(() => {
        // Once one has answered, the rest are not started at all.
        if (settled) return;
        probe().then(
          () => {
            settled = true;
            resolve();
          },
          (error: unknown) => {
            settled = true;
            reject(error);
          },
        );
      }, i * stepMs);
    }
  });
}
