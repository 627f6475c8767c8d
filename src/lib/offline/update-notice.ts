/**
 * When to tell the reader a new version of the site is ready, and what to do
 * when they choose to load it. Pure: the browser code in
 * src/components/offline/update-notice-element.ts feeds it service worker
 * events and carries out the effects it returns.
 *
 * The model: a new build installs a new service worker, which waits while
 * this page is open, so the page keeps the pages and assets of the version it
 * was built with (no mix of old pages and new assets). The reader decides
 * when to switch: the notice's reload button asks the waiting worker to take
 * over, and the page reloads once it has.
 */

export interface NoticeState {
  /** A service worker controlled this page (a version was already installed). */
  controlled: boolean;
  /** A new version is installed and waiting for this page to let it take over. */
  waiting: boolean;
  /** What the reader sees. `dismissed` stays hidden until a newer version arrives. `saved`: "saved for offline use". */
  notice: 'hidden' | 'shown' | 'dismissed' | 'saved';
  /** The first install has been announced (it is said once). */
  savedSaid: boolean;
  /** The reader pressed reload; the page reloads when the new worker takes over. */
  reloadRequested: boolean;
}

export type NoticeEvent =
  /** The page loaded; `controlled` is whether a service worker answered it. */
  | { type: 'start'; controlled: boolean }
  /** A new service worker finished installing and waits to take over. */
  | { type: 'waiting' }
  /** A different service worker now controls this page. */
  | { type: 'controllerchange' }
  /** The reader pressed "reload". */
  | { type: 'reload' }
  /** The reader pressed "not now" or Escape. */
  | { type: 'dismiss' };

/** What the browser code must do after an event. */
export type NoticeEffect = 'show' | 'show-saved' | 'hide' | 'skip-waiting' | 'reload';

export const initialNoticeState: NoticeState = { controlled: false, waiting: false, notice: 'hidden', reloadRequested: false, savedSaid: false };

export function noticeReducer(state: NoticeState, event: NoticeEvent): { state: NoticeState; effects: NoticeEffect[] } {
  switch (event.type) {
    case 'start':
      return { state: { ...state, controlled: event.controlled }, effects: [] };

    case 'waiting': {
      // On a first visit there is nothing to update: the worker has just
      // saved the whole site. Say so once, politely: on a slow line that
      // takes a while, and the reader cannot otherwise know when it is done.
      if (!state.controlled) {
        if (state.savedSaid) return { state: { ...state, waiting: true }, effects: [] };
        return { state: { ...state, waiting: true, savedSaid: true, notice: 'saved' }, effects: ['show-saved'] };
      }
      // A version newer than the one dismissed is news again.
      return { state: { ...state, waiting: true, notice: 'shown' }, effects: state.notice === 'shown' ? [] : ['show'] };
    }

    case 'controllerchange': {
      // The reader asked for the new version: it has taken over, so load it.
      if (state.reloadRequested) return { state: { ...state, waiting: false }, effects: ['reload'] };
      // A first install claiming this page: the page is already current.
      if (!state.controlled) return { state: { ...state, controlled: true, waiting: false }, effects: [] };
      // Another tab switched to the new version. This page still shows the
      // old one and its assets may be gone from the cache: offer a reload.
      return {
        state: { ...state, waiting: false, notice: 'shown' },
        effects: state.notice === 'shown' ? [] : ['show'],
      };
    }

    case 'reload':
      return {
        state: { ...state, reloadRequested: true },
        effects: state.waiting ? ['skip-waiting'] : ['reload'],
      };

    case 'dismiss':
      if (state.notice === 'saved') return { state: { ...state, notice: 'hidden' }, effects: ['hide'] };
      if (state.notice !== 'shown') return { state, effects: [] };
      return { state: { ...state, notice: 'dismissed' }, effects: ['hide'] };
  }
}
