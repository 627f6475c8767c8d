import { initialNoticeState, noticeReducer, type NoticeEffect, type NoticeEvent } from '../../lib/offline/update-notice';
import noticeStyles from './update-notice.css?url';

let stylesheet: Promise<void> | undefined;

/** Links the notice's stylesheet on first use; resolves when it has loaded (or failed: the notice shows either way). */
function loadStyles(): Promise<void> {
  stylesheet ??= new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = noticeStyles;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
  return stylesheet;
}

/**
 * <iop-update-notice>: registers the service worker and shows the "new
 * version ready" notice. No decisions here: src/lib/offline/update-notice.ts
 * says what each service worker event means; this element only wires the
 * browser to it and does what it returns.
 */
class IopUpdateNotice extends HTMLElement {
  #state = initialNoticeState;
  #registration: ServiceWorkerRegistration | undefined;
  #announce: number | undefined;

  connectedCallback(): void {
    if (!('serviceWorker' in navigator)) return;
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset['action'];
      if (action === 'reload' || action === 'dismiss') this.#dispatch({ type: action });
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.#dispatch({ type: 'dismiss' });
    });
    // After `load` (UpdateNotice.astro imports this module then; the check
    // keeps the promise if it is ever imported sooner): the worker's
    // precaching, the whole site once, never competes with the page.
    if (document.readyState === 'complete') void this.#register();
    else window.addEventListener('load', () => void this.#register(), { once: true });
  }

  async #register(): Promise<void> {
    const sw = navigator.serviceWorker;
    this.#dispatch({ type: 'start', controlled: sw.controller !== null });
    sw.addEventListener('controllerchange', () => this.#dispatch({ type: 'controllerchange' }));
    try {
      this.#registration = (await sw.register('/sw.js', { scope: '/' })) as ServiceWorkerRegistration | undefined;
    } catch {
      // Blocked (some private modes) or unsupported: the site still works online.
      return;
    }
    const registration = this.#registration;
    // A browser that blocks workers may also resolve with nothing (Playwright's serviceWorkers: 'block' does).
    if (!registration) return;
    if (registration.waiting) this.#dispatch({ type: 'waiting' });
    // The browser may have started installing a new version (it checks on
    // every navigation) before this code ran.
    this.#watch(registration.installing);
    registration.addEventListener('updatefound', () => this.#watch(registration.installing));
  }

  #watch(worker: ServiceWorker | null): void {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') this.#dispatch({ type: 'waiting' });
    });
  }

  #dispatch(event: NoticeEvent): void {
    const { state, effects } = noticeReducer(this.#state, event);
    this.#state = state;
    for (const effect of effects) this.#do(effect);
  }

  #do(effect: NoticeEffect): void {
    const panel = this.querySelector<HTMLElement>('[data-panel]');
    const message = this.querySelector<HTMLElement>('[data-message]');
    const visible = this.querySelector<HTMLElement>('[data-message-visible]');
    if (!panel || !message || !visible) return;
    const reload = this.querySelector<HTMLElement>('[data-action="reload"]');
    const dismiss = this.querySelector<HTMLElement>('[data-action="dismiss"]');
    switch (effect) {
      case 'show-saved':
      case 'show':
        void loadStyles().then(() => {
          // Dismissed while the stylesheet was on its way: stay hidden.
          if (this.#state.notice !== (effect === 'show' ? 'shown' : 'saved')) return;
          const saved = effect === 'show-saved';
          if (reload) reload.hidden = saved;
          if (dismiss) {
            dismiss.dataset['notNow'] ??= dismiss.textContent ?? '';
            dismiss.textContent = saved ? (dismiss.dataset['ok'] ?? '') : dismiss.dataset['notNow'];
          }
          const text = (saved ? message.dataset['savedText'] : message.dataset['text']) ?? '';
          // The panel shows whole, at its final size: nothing on screen moves after.
          visible.textContent = text;
          panel.hidden = false;
          // Text goes into the status region a moment after it is shown:
          // screen readers announce a change to a live region they already
          // know, and may miss one that appears with its text.
          window.clearTimeout(this.#announce);
          this.#announce = window.setTimeout(() => {
            message.textContent = text;
          }, 150);
        });
        break;
      case 'hide':
        window.clearTimeout(this.#announce);
        message.textContent = '';
        panel.hidden = true;
        break;
      case 'skip-waiting':
        // The generated worker listens for this message (Workbox generateSW
        // with skipWaiting: false); the page reloads on `controllerchange`.
        // No waiting worker left (it was replaced): reloading gets the latest.
        if (this.#registration?.waiting) this.#registration.waiting.postMessage({ type: 'SKIP_WAITING' });
        else window.location.reload();
        break;
      case 'reload':
        window.location.reload();
        break;
    }
  }
}

customElements.define('iop-update-notice', IopUpdateNotice);
