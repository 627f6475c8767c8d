import type { Plugin } from 'vite';

/**
 * Vite wraps every dynamic import() in a "preload helper" (~0.9 KB gzip) that
 * adds <link rel="modulepreload"> for the imported chunk's dependencies. Our
 * lazy chunks are small and few, and that helper alone was almost half of the
 * 2 KB budget for JavaScript before interaction (bench/budgets.json). With
 * `build.modulePreload: false` Vite passes the helper no dependencies, so this
 * plugin gives it a one-line body: just run the import.
 */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

export function noPreloadHelper(): Plugin {
  return {
    name: 'iop-guide:no-preload-helper',
    enforce: 'pre',
    apply: 'build',
    load(id) {
      if (id === PRELOAD_HELPER) return 'export const __vitePreload = (load) => load();';
      return null;
    },
  };
}
