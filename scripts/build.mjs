// `npm run build`: Astro's own `astro build` (its CLI, so its messages and
// flags are the same), started with two settings it cannot make itself, as
// both must be in place before Node or Astro's modules start. Measured at
// 1,000 guides (docs/budgets.md):
//
// - Node's young generation (--max-semi-space-size=32, in MB; the default is
//   16). Rendering a page makes many short-lived objects; with more room for
//   them, V8 collects garbage less often: about 4 s less CPU, no more memory.
// - MIMALLOC_PURGE_DELAY=0. Vite's bundler, Rolldown, is a native module that
//   allocates with mimalloc, which keeps pages it has freed until the thread
//   that freed them allocates again. Once the bundle is written Rolldown's
//   threads sleep, so about 300 MB stayed resident through the rest of the
//   build, Pagefind's indexing included: the build's memory peak. With 0,
//   freed pages go back at once. mimalloc reads it when the module loads.
//
// Node takes its flags only when it starts, so this script starts Astro in a
// second Node process that has them (a MIMALLOC_PURGE_DELAY the caller set wins).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const NODE_FLAGS = ['--max-semi-space-size=32'];
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const env = { ...process.env, MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0' };
const child = spawn(process.execPath, [...NODE_FLAGS, astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env });
// Ctrl+C reaches both processes (same group); a kill aimed at this one alone is passed on.
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
