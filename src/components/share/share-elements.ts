/**
 * <copy-link> and <page-actions>: the sharing controls. Until an element is
 * defined, CSS keeps it invisible, so a reader without JavaScript never meets
 * a button that does nothing.
 *
 * The code that copies and shares (share-actions.ts) loads on the first
 * press; the browser's user activation lasts seconds, ample for that fetch.
 */
const actions = () => import('./share-actions');

/**
 * Copies one link: data-href is "#heading-id" or a site path such as "/quiz/".
 * Beside a section heading it arrives empty (a guide has dozens; see
 * SectionHeading.astro) and makes its own button for the heading before it,
 * named from the data-label template.
 */
class CopyLink extends HTMLElement {
  connectedCallback(): void {
    let button = this.querySelector('button');
    const heading = this.previousElementSibling;
    if (!button && heading?.id) {
      this.dataset['href'] = `#${heading.id}`;
      button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-button';
      button.setAttribute('aria-label', (this.dataset['label'] ?? '').replace('{section}', heading.textContent?.trim() ?? ''));
      this.append(button);
    }
    button?.addEventListener('click', () => {
      void actions().then((a) => a.copyLink(this));
    });
  }
}

/**
 * "Share this page" (system share sheet, else copy), "Print", and the buttons
 * that print part of a page: data-action="print-X" sets <html data-print-X>
 * until the print dialog closes, printed or not. "Print this sheet"
 * (print-sheet: a guide's fill-in tool alone, tool.css) and "Print a short
 * handout" (print-handout: a guide on one or two pages, print.css).
 */
class PageActions extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest('button')?.dataset['action'];
      if (action?.startsWith('print')) {
        if (action !== 'print') {
          const root = document.documentElement;
          const mark = `data-${action}`;
          root.setAttribute(mark, '');
          window.addEventListener('afterprint', () => root.removeAttribute(mark), { once: true });
        }
        window.print();
      } else if (action === 'share') void actions().then((a) => a.sharePage(this));
    });
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
if (!customElements.get('page-actions')) customElements.define('page-actions', PageActions);
