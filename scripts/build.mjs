// `npm run build`: Astro's own `astro build` (its CLI, so its messages and
// flags are the same), started with one setting it cannot make itself.
//
// Vite's bundler, Rolldown, is a native module that allocates with mimalloc.
// mimalloc keeps pages it has freed until the thread that freed them
// allocates again, and once the bundle is written Rolldown's threads sleep.
// At 1,000 guides that left about 300 MB resident through the rest of the
// build, Pagefind's indexing included, which is the build's memory peak
// (docs/budgets.md). MIMALLOC_PURGE_DELAY=0 hands freed pages back at once.
// mimalloc reads it when the module loads, before astro.config.mjs runs, so it
// is set here, before Astro is imported. A value already set is kept.
process.env.MIMALLOC_PURGE_DELAY ??= '0';
process.argv.splice(2, 0, 'build');
await import(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url).href);
