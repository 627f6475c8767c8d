/**
 * <listen-page>: the "Listen to this page" control (ListenControl.astro).
 * Loaded after `load` (src/components/after-load.ts), on pages that have one
 * and only where the browser has an on-device voice for the page's
 * language, so it adds nothing to the JavaScript a page runs before the
 * reader can use it.
 *
 * It shows the control once its stylesheet has loaded, checking the voice
 * again (voices may arrive late: `voiceschanged`, once). The reading code
 * (listen-reader.ts) loads on the first press: nothing is read until the
 * reader asks.
 */
import styles from './listen.css?url';
import { pickVoice } from '../../lib/listen/voices';

let reader: Promise<typeof import('./listen-reader')> | undefined;
let stylesheet: Promise<unknown> | undefined;

function loadStyles(): Promise<unknown> {
  return (stylesheet ??= new Promise((done) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = styles;
    link.onload = link.onerror = done;
    document.head.append(link);
  }));
}

class ListenPage extends HTMLElement {
  connectedCallback(): void {
    const synth = window.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance !== 'function') return;
    const voice = () => pickVoice(synth.getVoices(), document.documentElement.lang);
    const show = (): boolean => {
      if (!voice()) return false;
      void loadStyles().then(() => (this.hidden = false));
      return true;
    };
    if (!show()) synth.addEventListener('voiceschanged', show, { once: true });
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      if (!button) return;
      (reader ??= import('./listen-reader'))
        .then((code) => code.press(this, button, voice))
        .catch(() => (reader = undefined));
    });
  }
}

if (!customElements.get('listen-page')) customElements.define('listen-page', ListenPage);
