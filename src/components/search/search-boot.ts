import { HIGHLIGHT_PARAM, PAGEFIND_BUNDLE } from '../../lib/search/paths';
import { isOpenSearchKey } from '../../lib/search/keys';

/**
 * <site-search>: the header's search button, on every page. This is all the
 * search code a page loads up front (about 1 KB); the dialog's form, the
 * search code (search-panel.ts) and Pagefind load when the reader opens it.
 */

/** Where the dialog's form comes from: a <template> on /search/, so its markup exists once. */
const PANEL_SOURCE = '/search/';
let panelFromSearchPage: Promise<HTMLElement> | undefined;

function loadPanel(): Promise<HTMLElement> {
  panelFromSearchPage ??= fetch(PANEL_SOURCE)
    .then((response) => {
      if (!response.ok) throw new Error(`${PANEL_SOURCE}: ${response.status}`);
      return response.text();
    })
    .then((html) => {
      const template = new DOMParser().parseFromString(html, 'text/html').querySelector<HTMLTemplateElement>('template[data-search-dialog-panel]');
      const panel = template && document.importNode(template.content, true).querySelector<HTMLElement>('[data-search-panel]');
      if (!panel) throw new Error(`${PANEL_SOURCE} has no search panel template`);
      return panel;
    });
  // A failed load (offline, say) is tried again on the next open.
  panelFromSearchPage.catch(() => (panelFromSearchPage = undefined));
  return panelFromSearchPage;
}

/** Starts everything search needs at once: its code, Pagefind (in parallel with the form), and the form. */
const prefetch = () => {
  // Pagefind's own script first: the same URL that search-panel.ts imports,
  // so the browser fetches it once, without waiting for our code to arrive.
  void import(/* @vite-ignore */ `${PAGEFIND_BUNDLE}pagefind.js`).catch(() => {});
  import('./search-panel.ts')
    .then((code) => code.loadPagefind())
    .catch(() => {});
  loadPanel().catch(() => {});
  // A Pagefind tuning (see pagefind-tuning.ts), here as it must start first.
  // Assumes: Pagefind asks for its WebAssembly (the largest file, named
  // `wasm.<language>.pagefind` after the page's primary language subtag: "en"
  // for en-GB) only once its entry file has arrived. A preload starts it now,
  // for that request to find: 220 ms sooner to a first result on a phone
  // profile, where each round trip is 150 ms (decision 016).
  if (wasmPreloaded) return;
  wasmPreloaded = true;
  const wasm = document.createElement('link');
  wasm.rel = 'preload';
  wasm.as = 'fetch';
  wasm.crossOrigin = 'anonymous';
  wasm.href = `${PAGEFIND_BUNDLE}wasm.${document.documentElement.lang.split('-')[0]}.pagefind`;
  document.head.append(wasm);
};
let wasmPreloaded = false;

class SiteSearch extends HTMLElement {
  #button: HTMLButtonElement | null = null;

  connectedCallback(): void {
    const link = this.querySelector<HTMLAnchorElement>('a[data-search-trigger]');
    if (!link) return;
    // A button, not a link, once it opens a dialog instead of going to a page.
    const button = document.createElement('button');
    button.type = 'button';
    // Same look: the class and Astro's scoping attribute, everything but href.
    for (const { name, value } of link.attributes) if (name !== 'href') button.setAttribute(name, value);
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
    button.append(...link.childNodes);
    link.replaceWith(button);
    this.#button = button;

    // A pointer press comes ~100 ms before the click: start loading then.
    button.addEventListener('pointerdown', prefetch, { once: true });
    button.addEventListener('click', () => void this.open());
    document.addEventListener('keydown', (event) => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target as HTMLElement | null;
      const inEditable = !!target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
      if (isOpenSearchKey({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, inEditable })) {
        event.preventDefault();
        void this.open();
      }
    });

    const dialog = this.querySelector('dialog');
    this.querySelector('[data-search-close]')?.addEventListener('click', () => dialog?.close());
    // A click on the backdrop (the dialog box itself, outside its content) closes it.
    dialog?.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog?.addEventListener('close', () => this.#button?.focus());
  }

  async open(): Promise<void> {
    if (this.hasAttribute('data-on-search-page')) {
      // On /search/ the form is already on the page.
      const panel = document.querySelector<HTMLElement>('main [data-search-panel]');
      if (panel) await this.#activate(panel);
      return;
    }
    const dialog = this.querySelector('dialog');
    const slot = dialog?.querySelector<HTMLElement>('[data-search-slot]');
    if (!dialog || !slot) return;
    // Network first: showModal's style and layout work then overlaps the fetches.
    prefetch();
    if (!dialog.open) dialog.showModal();
    let panel = slot.querySelector<HTMLElement>('[data-search-panel]');
    // What the reader types before the form arrives (a slow connection, a
    // quick typist) is kept for its field; Enter searches once it can. And
    // neither a space nor Enter presses the Close button, focused meanwhile.
    let typed = '';
    let enter = false;
    const keep = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key.length === 1) typed += event.key;
      else if (event.key === 'Enter') enter = true;
      else return;
      event.preventDefault();
    };
    if (!panel) {
      const error = slot.querySelector<HTMLElement>('[data-search-load-error]');
      dialog.addEventListener('keydown', keep);
      try {
        panel = await loadPanel();
      } catch {
        if (error) error.hidden = false;
        return;
      } finally {
        dialog.removeEventListener('keydown', keep);
      }
      if (error) error.hidden = true;
      slot.querySelector('[data-search-loading]')?.remove();
      slot.prepend(panel);
    }
    await this.#activate(panel, typed);
    if (enter) panel.querySelector('form')?.requestSubmit();
    else if (typed) panel.querySelector('[data-search-input]')?.dispatchEvent(new Event('input'));
  }

  async #activate(panel: HTMLElement, typed = ''): Promise<void> {
    const input = panel.querySelector<HTMLInputElement>('[data-search-input]');
    if (input) {
      input.focus();
      if (typed) input.value += typed;
      else input.select();
    }
    (await import('./search-panel.ts')).attachSearch(panel);
  }
}
customElements.define('site-search', SiteSearch);

// Arriving from a search result: mark the reader's words (highlight.ts,
// fetched only when the address asks for it, so other visits load none of it).
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import('./highlight.ts').then((m) => m.highlighted).catch(() => {
    // Highlighting is a nicety: the page reads the same without it.
  });
}
