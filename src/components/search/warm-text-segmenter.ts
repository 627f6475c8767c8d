/**
 * A throwaway worker, started as search opens: it makes one Intl.Segmenter,
 * the text splitter Pagefind runs on every query. The first one in a tab
 * costs Chromium ~50 ms (on this project's 2-core machine) loading ICU's
 * break rules; those stay loaded for the whole tab, so paying here, on
 * another thread and while the index downloads, takes that pause off the
 * main thread and off the first search. Elsewhere it is a harmless no-op.
 */
self.addEventListener('message', (event: MessageEvent<string>) => {
  try {
    new Intl.Segmenter(event.data, { granularity: 'grapheme' }).segment(' ')[Symbol.iterator]().next();
  } finally {
    close();
  }
});
