/**
 * What every page starts once it has loaded (src/components/boot.ts imports
 * this after `load`), so none of it counts in the JavaScript a page runs at
 * load or competes with the page the reader opened:
 *
 * - offline support (the service worker and its update notice);
 * - the "Listen to this page" control, on pages that have one, fetched only
 *   where the browser has an on-device voice for the page's language
 *   (voices may arrive late: `voiceschanged`, once). Without one, the
 *   control stays hidden and costs nothing more.
 */
import './offline/update-notice-element';
import { pickVoice } from '../lib/listen/voices';

const synth = window.speechSynthesis;
if (synth && document.querySelector('listen-page')) {
  const start = (): boolean => {
    if (!pickVoice(synth.getVoices(), document.documentElement.lang)) return false;
    void import('./listen/listen-element');
    return true;
  };
  if (!start()) synth.addEventListener('voiceschanged', start, { once: true });
}
