import { t } from '../../i18n';
import { PAGEFIND_BUNDLE, PAGEFIND_OPTIONS, PAGE_SIZE } from '../../lib/search/config';
import { moveIndex } from '../../lib/search/result-keys';
import { highlightTerms } from '../../lib/search/plan';
import { toDefinitionView, toResultView, type PagefindData, type ResultView } from '../../lib/search/results';
import { safetyAnswersFor, type SafetyAnswer } from '../../lib/search/safety';
import { SITE_WORDS_FILE, SiteWords, type SiteWordsFile } from '../../lib/search/words';
import { runSearch, type Filters, type SearchOutcome } from '../../lib/search/run';
import { statusFor } from '../../lib/search/status';
import { CRISIS_NUMBERS, crisisLinks } from '../../lib/crisis-lines';
import { dataOf, warmTextSegmenter } from './pagefind-tuning';

/**
 * The search itself, loaded when the reader opens search: binds one search
 * panel (SearchPanel.astro, in the dialog or on /search/) to Pagefind's JS
 * API. Query handling and ranking live in src/lib/search/; this file only
 * moves between the DOM and those functions.
 */

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  preload(query: string, options?: object): Promise<void>;
  search(query: string | null, options?: object): Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once per page, shared by every panel (search-boot.ts starts it as search opens). */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    warmTextSegmenter();
    void loadSiteWords();
    // A runtime URL: Pagefind's files are written after Vite has bundled the site.
    const pf = (await import(/* @vite-ignore */ `${PAGEFIND_BUNDLE}pagefind.js`)) as Pagefind;
    await pf.options(PAGEFIND_OPTIONS);
    await pf.init();
    return pf;
  })();
  return pagefind;
}

let siteWords: Promise<SiteWords | undefined> | undefined;

/**
 * The site's words (src/lib/search/words.ts), loaded once beside Pagefind.
 * Without them search still works, as before: every word is tried.
 */
function loadSiteWords(): Promise<SiteWords | undefined> {
  siteWords ??= fetch(SITE_WORDS_FILE)
    .then((r) => (r.ok ? (r.json() as Promise<SiteWordsFile>) : undefined))
    .then((file) => (file ? new SiteWords(file) : undefined))
    .catch(() => undefined);
  return siteWords;
}

/** Debounce for typing: long enough to skip most keystrokes, short enough to feel instant. */
const TYPING_DELAY_MS = 120;

class SearchPanel {
  readonly #panel: HTMLElement;
  readonly #input: HTMLInputElement;
  readonly #status: HTMLElement;
  readonly #results: HTMLElement;
  readonly #more: HTMLButtonElement;
  readonly #tips: HTMLElement;
  readonly #filterCount: HTMLElement;
  readonly #safety: HTMLElement;
  readonly #syncUrl: boolean;
  readonly #titleLevel: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every search; a slower, older search never overwrites a newer one. */
  #generation = 0;
  #outcome: SearchOutcome<PagefindResult> | undefined;
  #terms: string[] = [];
  #words: SiteWords | undefined;
  #shown = 0;

  constructor(panel: HTMLElement, syncUrl: boolean) {
    const one = <T extends Element>(selector: string) => {
      const el = panel.querySelector<T>(selector);
      if (!el) throw new Error(`search panel: ${selector} is missing`);
      return el;
    };
    this.#panel = panel;
    this.#input = one('[data-search-input]');
    this.#status = one('[data-search-status]');
    this.#results = one('[data-search-results]');
    this.#more = one('[data-search-more]');
    this.#tips = one('[data-search-tips]');
    this.#filterCount = one('[data-search-filter-count]');
    this.#safety = one('[data-search-safety]');
    this.#syncUrl = syncUrl;
    this.#titleLevel = Number(panel.dataset['headingLevel'] ?? 2) + 1;

    const form = one<HTMLFormElement>('[data-search-form]');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search();
    });
    this.#input.addEventListener('input', () => {
      // Start fetching the index chunks for these letters while the reader types.
      loadPagefind()
        .then((pf) => pf.preload(this.#input.value))
        .catch(() => {});
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.search(), TYPING_DELAY_MS);
    });
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).matches('[data-search-filter]')) void this.search();
    });
    this.#more.addEventListener('click', () => void this.#showMore());
    panel.addEventListener('keydown', (event) => this.#onKey(event));
    void loadPagefind().catch(() => this.#failed());
  }

  #filters(): Filters {
    const filters: Filters = {};
    for (const box of this.#panel.querySelectorAll<HTMLInputElement>('[data-search-filter]:checked')) {
      const name = box.dataset['searchFilter']!;
      (filters[name] ??= { any: [] }).any.push(box.value);
    }
    return filters;
  }

  async search(): Promise<void> {
    clearTimeout(this.#timer);
    const generation = ++this.#generation;
    const query = this.#input.value;
    const filters = this.#filters();
    const filterCount = Object.values(filters).reduce((n, f) => n + f.any.length, 0);
    this.#filterCount.hidden = filterCount === 0;
    this.#filterCount.textContent = t('search.filters.on', { count: filterCount });
    if (this.#syncUrl) {
      const url = new URL(location.href);
      if (query.trim()) url.searchParams.set('q', query.trim());
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    }
    if (!query.trim() && filterCount === 0) {
      this.#render([], undefined);
      this.#showSafety([]);
      return;
    }
    // Danger first: shown before anything loads, and whatever search finds.
    this.#showSafety(safetyAnswersFor(query));

    let pf: Pagefind;
    const slow = setTimeout(() => this.#setStatus(t('search.status.loading')), 300);
    try {
      pf = await loadPagefind();
    } catch {
      clearTimeout(slow);
      this.#failed();
      return;
    }
    // The first search's best page is almost always the one shown first:
    // start fetching its text now, while the other phrasings of the query run.
    let prefetched = false;
    const engine = {
      preload: (q: string, options: { filters?: Filters }) => pf.preload(q, options),
      search: async (q: string | null, options: { filters?: Filters }) => {
        const found = await pf.search(q, options);
        if (!prefetched && found?.results[0]) {
          prefetched = true;
          dataOf(found.results[0]).catch(() => {});
        }
        return found;
      },
    };
    const words = await loadSiteWords();
    const outcome = await runSearch(engine, query, { filters, words });
    const terms = highlightTerms(query, words && ((t) => words.formsOf(t)));
    this.#words = words;
    const viewOf = (r: { id: string; result: PagefindResult }) => this.#view(r, terms);
    const top = outcome.results.slice(0, PAGE_SIZE);
    // The first result before the others: each one's excerpt costs a few
    // milliseconds of Pagefind's work, and the reader reads the first first.
    const first = top[0] && (await viewOf(top[0]));
    clearTimeout(slow);
    if (generation !== this.#generation) return;
    // Then the rest, all at once (each a small fetch), shown in order as they come.
    const pending = top.slice(1).map(viewOf);
    this.#outcome = outcome;
    this.#terms = terms;
    this.#render(first ? [first] : [], outcome);
    // Busy until the first page of results is all in: screen readers wait, then read the list once.
    if (pending.length) this.#results.setAttribute('aria-busy', 'true');
    const { key, vars } = statusFor({ query, count: outcome.results.length, broadened: outcome.broadened });
    this.#setStatus(`${t(key, vars)}${filterCount ? ` ${t('search.status.filtersOn')}` : ''}`);
    this.#tips.hidden = outcome.results.length > 0;
    this.#tips.querySelector<HTMLElement>('[data-search-tip-filters]')!.hidden = filterCount === 0;
    if (!outcome.results.length) this.#listGuides();
    const list = this.#results.querySelector('ol');
    for (const next of pending) {
      const view = await next;
      if (generation !== this.#generation || !list) return;
      list.append(this.#item(view));
      this.#shown += 1;
    }
    this.#results.removeAttribute('aria-busy');
    this.#more.hidden = this.#shown >= outcome.results.length;
  }

  /** One result as shown: a glossary hit as its entry (term, definition, link to it); any other page with its sections. */
  async #view(r: { id: string; result: PagefindResult }, terms: string[]): Promise<ResultView> {
    const data = await dataOf(r.result);
    return (this.#words?.kindOf(r.id) === 'glossary' && toDefinitionView(data, terms)) || toResultView(data, terms);
  }

  /** Nothing matched: every guide, listed, so the reader always has a way on. */
  #listGuides(): void {
    const list = this.#tips.querySelector<HTMLElement>('[data-search-guides]');
    const guides = this.#words?.guides() ?? [];
    if (!list || list.childElementCount || !guides.length) return;
    for (const g of guides) {
      const li = document.createElement('li');
      li.append(link(g.url, g.title));
      list.append(li);
    }
  }

  /** The safety answers for this query (src/lib/search/safety.ts), before any result. */
  #showSafety(answers: SafetyAnswer[]): void {
    const key = answers.map((a) => a.id).join(' ');
    if (this.#safety.dataset['shown'] === key) return;
    this.#safety.dataset['shown'] = key;
    // Before the "Results" heading, so at its level.
    this.#safety.replaceChildren(...answers.map((a) => safetyBox(a, this.#titleLevel - 1)));
    this.#safety.hidden = answers.length === 0;
  }

  #setStatus(text: string): void {
    // Text only: the query is the reader's (or a shared link's) words, never markup.
    this.#status.textContent = text;
  }

  #render(views: ResultView[], outcome: SearchOutcome<PagefindResult> | undefined): void {
    this.#results.removeAttribute('aria-busy');
    this.#results.querySelector('ol')?.remove();
    this.#shown = views.length;
    if (!outcome) {
      this.#setStatus('');
      this.#tips.hidden = true;
    }
    this.#results.hidden = views.length === 0;
    if (views.length) {
      const list = document.createElement('ol');
      list.append(...views.map((v) => this.#item(v)));
      this.#more.before(list);
    }
    // Shown once the first page of results is all in (see search()).
    this.#more.hidden = true;
  }

  async #showMore(): Promise<void> {
    const outcome = this.#outcome;
    const list = this.#results.querySelector('ol');
    if (!outcome || !list) return;
    const generation = this.#generation;
    const next = outcome.results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const views = await Promise.all(next.map((r) => this.#view(r, this.#terms)));
    if (generation !== this.#generation) return;
    const items = views.map((v) => this.#item(v));
    list.append(...items);
    this.#shown += items.length;
    this.#more.hidden = this.#shown >= outcome.results.length;
    // Keyboard readers carry on from the first new result, not from the top.
    items[0]?.querySelector('a')?.focus();
  }

  #item(view: ResultView): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const title = document.createElement(`h${Math.min(this.#titleLevel, 6)}`);
    title.className = 'search-result-title';
    title.append(link(view.url, view.title));
    item.append(title);
    if (view.definition) {
      const kind = document.createElement('p');
      kind.className = 'search-result-kind';
      kind.textContent = t('search.kind.glossary');
      item.append(kind);
    }
    if (view.excerpt.length) {
      const excerpt = document.createElement('p');
      excerpt.className = 'search-result-excerpt';
      for (const part of view.excerpt) {
        if (part.mark) {
          const mark = document.createElement('mark');
          mark.textContent = part.text;
          excerpt.append(mark);
        } else excerpt.append(part.text);
      }
      item.append(excerpt);
    }
    if (view.sections.length) {
      const sections = document.createElement('ul');
      sections.className = 'search-result-sections';
      sections.setAttribute('aria-label', t('search.sections', { title: view.title }));
      for (const s of view.sections) {
        const li = document.createElement('li');
        li.append(link(s.url, s.title));
        sections.append(li);
      }
      item.append(sections);
    }
    return item;
  }

  #onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const links = [...this.#results.querySelectorAll<HTMLAnchorElement>('ol a')];
    const target = event.target as HTMLElement;
    const current = target === this.#input ? -1 : links.indexOf(target as HTMLAnchorElement);
    if (current === -1 && target !== this.#input) return;
    const next = moveIndex(event.key, current, links.length);
    if (next === null) return;
    event.preventDefault();
    (next === -1 ? this.#input : links[next])?.focus();
  }

  #failed(): void {
    this.#render([], undefined);
    this.#setStatus(t(import.meta.env.DEV ? 'search.status.devOnly' : 'search.status.error'));
    this.#tips.hidden = false;
  }
}

/**
 * One safety answer: what to do now, in the site's agreed safety words, the
 * crisis lines where they apply, and the section that says it in full.
 */
function safetyBox(answer: SafetyAnswer, level: number): HTMLElement {
  const box = document.createElement('section');
  box.className = 'search-safety-answer';
  box.dataset['safety'] = answer.id;
  const id = `search-safety-${answer.id}-${level}`;
  box.setAttribute('aria-labelledby', id);
  const heading = document.createElement(`h${Math.min(level, 6)}`);
  heading.id = id;
  heading.textContent = t(`search.safety.${answer.id}.title`);
  const text = document.createElement('p');
  text.textContent = t(`search.safety.${answer.id}.text`, CRISIS_NUMBERS);
  box.append(heading, text);
  if (answer.crisisLines) {
    const lines = document.createElement('ul');
    lines.className = 'search-safety-lines';
    for (const { href, label, line } of crisisLinks(['emergency', 'lifeline'])) {
      const li = document.createElement('li');
      li.append(link(href, t(label, { number: line.number })));
      lines.append(li);
    }
    box.append(lines);
  }
  const more = document.createElement('p');
  more.append(link(answer.href, t(`search.safety.${answer.id}.more`)));
  box.append(more);
  return box;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

const panels = new WeakMap<HTMLElement, SearchPanel>();

/**
 * Binds a panel once (later calls return the same one). `syncUrl` keeps
 * `?q=` in the address up to date, so a search on /search/ can be shared.
 */
export function attachSearch(panel: HTMLElement, { syncUrl = false } = {}): SearchPanel {
  let bound = panels.get(panel);
  if (!bound) {
    bound = new SearchPanel(panel, syncUrl);
    panels.set(panel, bound);
  }
  return bound;
}
