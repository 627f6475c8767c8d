/**
 * <copy-link> and <page-actions>: the sharing controls. Defining the elements
 * is all that loads with the page (a few hundred bytes); the copy, share and
 * print code loads on the first click (share-actions.ts). Until an element is
 * defined, CSS keeps it invisible, so a reader without JavaScript never meets
 * a button that does nothing.
 */

type Actions = typeof import('./share-actions');
let actions: Promise<Actions> | undefined;
const load = () => (actions ??= import('./share-actions'));

/** Copies one link: data-href is "#heading-id" or a site path such as "/quiz/". */
class CopyLink extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('button')?.addEventListener('click', () => {
      void load().then((a) => a.copyLink(this));
    });
  }
}

/** "Share this page" (system share sheet, else copy) and "Print". */
class PageActions extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest('button')?.dataset['action'];
      if (action === 'print') window.print();
      else if (action === 'share') void load().then((a) => a.sharePage(this));
    });
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
if (!customElements.get('page-actions')) customElements.define('page-actions', PageActions);
