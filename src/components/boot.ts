/**
 * The one script every page runs at load (src/layouts/BaseLayout.astro). It only defines
 * elements and listens: the code behind each control loads when the reader
 * first uses it, so this file and its imports stay under the 2 KB gzip budget
 * for JavaScript before interaction (bench/budgets.json).
 */
import './search/search-boot';
import './share/share-elements';

// Offline support (the service worker) and its update notice, and the
// "Listen to this page" control where a page has one (after-load.ts):
// fetched only after `load`, so they never compete with the page the reader
// opened.
const startOffline = () => import('./after-load');
if (document.readyState === 'complete') void startOffline();
else window.addEventListener('load', () => void startOffline(), { once: true });
