/**
 * Which of Pagefind's output files the site publishes. Pagefind always
 * writes three ready-made search UIs (Default, Modular, Component: about
 * 430 KB); this site has its own UI over Pagefind's JS API, so they are
 * left out. So is a WebAssembly build for a language the index does not
 * have. Everything the JS API can load is kept, so the offline copy (which
 * precaches this folder) holds exactly what search needs.
 */
const UI_BUNDLES = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$/;

export function bundleFilesToPublish<F extends { path: string }>(files: readonly F[], entryJson: string): F[] {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { wasm?: string }> };
  const wasmFor = new Set(Object.values(entry.languages ?? {}).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`));
  return files.filter((f) => {
    const path = f.path.replace(/\\/g, '/');
    if (UI_BUNDLES.test(path)) return false;
    if (/^wasm\.[^/]+\.pagefind$/.test(path)) return wasmFor.has(path);
    return true;
  });
}
