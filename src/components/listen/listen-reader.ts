/**
 * What the Listen control does (ListenControl.astro), loaded on its first
 * press by listen-element.ts: collects the page's own words in reading
 * order, has the browser's speech engine read them one piece at a time,
 * highlights the piece being read, and keeps the buttons and the status line
 * in step.
 *
 * - On-device voices only (chosen by listen-element.ts with src/lib/listen/voices.ts):
 *   no word leaves the device.
 * - Pieces of one or two sentences (src/lib/listen/pieces.ts), each its own
 *   utterance: Chrome stops long utterances after about 15 seconds.
 * - The highlight wraps nothing: a CSS Custom Highlight over the piece's
 *   text where the browser has the API, else a class on its block.
 * - The status line (role="status") changes once per section, not per
 *   sentence, so it does not talk over the voice or a screen reader.
 * - Reading stops on Stop, on leaving the page, and when the control is
 *   hidden (the self-check's result closing).
 */
import { listenPieces, type ListenBlock, type ListenPiece } from '../../lib/listen/pieces';
import { LISTEN_SKIP_SELECTORS } from '../../lib/listen/skip';

/** The page's words come from these elements, each a block of its own. */
const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,caption,figcaption,blockquote';
const SKIP = LISTEN_SKIP_SELECTORS.join(',');
const HIGHLIGHT = 'listen-piece';
const CURRENT_CLASS = 'listen-current';

/** Where a character of a block's text is on the page: a text node and offset (null: a <br>, or a picture's text alternative). */
type Position = readonly [Text, number] | null;

interface PageBlock extends ListenBlock {
  el: Element;
  at: Position[];
}

type State = 'idle' | 'playing' | 'paused';

const synth = window.speechSynthesis;
let state: State = 'idle';
/** Bumped on every stop, so events of utterances from an earlier reading are ignored. */
let run = 0;
let host: HTMLElement | undefined;
let blocks: PageBlock[] = [];
let pieces: ListenPiece[] = [];
let sections = 0;
let index = 0;
let section = 0;
let rate = 1;
/** Held so the engine's events reach us (Chrome drops them for utterances nothing refers to). */
let utterance: SpeechSynthesisUtterance | undefined;
let marked: Element | undefined;
/** The on-device voice for the page's language, asked again for each piece (voices can change). */
let voiceFor: () => SpeechSynthesisVoice | undefined = () => undefined;

const visible = (el: Element): boolean =>
  typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0;

function kindOf(el: Element): Pick<ListenBlock, 'kind' | 'level'> {
  const name = el.localName;
  if (/^h[1-6]$/.test(name)) return { kind: 'heading', level: Number(name[1]) };
  // A glossary term: a heading of the lowest rank, so each term is a section only where there are no others.
  if (name === 'dt') return { kind: 'heading', level: 6 };
  if (name === 'li') return { kind: 'item' };
  if (name === 'td' || name === 'th') return { kind: 'cell' };
  return { kind: 'text' };
}

/**
 * The root's words as blocks, in document order (table cells row by row).
 * A block's text leaves out what LISTEN_SKIP_SELECTORS names and whatever
 * is hidden; a block inside another (a list in a list item) follows it.
 * Text outside any block element is a block of its parent's. A picture
 * (role="img", such as a guide's diagram) is read as its text alternative.
 */
function collect(root: Element): PageBlock[] {
  const out: { el: Element; kind: ListenBlock['kind']; level?: number; parts: (Text | string | null)[] }[] = [];
  const walk = (parent: Element, into: (typeof out)[number] | undefined): void => {
    for (const node of parent.childNodes) {
      if (node instanceof Text) {
        if (!into && !node.data.trim()) continue;
        if (!into) {
          into = { el: parent, kind: 'text', parts: [] };
          out.push(into);
        }
        into.parts.push(node);
      } else if (node instanceof Element && node.getAttribute('role') === 'img' && node.getAttribute('aria-hidden') !== 'true') {
        const alt = node.getAttribute('aria-label');
        if (alt && visible(node)) out.push({ el: node, kind: 'text', parts: [alt] });
      } else if (node instanceof Element && !node.matches(SKIP) && visible(node)) {
        if (node.matches(BLOCKS)) {
          const block = { el: node, ...kindOf(node), parts: [] };
          out.push(block);
          walk(node, block);
        } else {
          if (node.localName === 'br') into?.parts.push(null);
          walk(node, into);
        }
      }
    }
  };
  walk(root, undefined);
  return out.map(({ parts, ...block }) => ({ ...block, ...textOf(parts) }));
}

/** A block's text with white space collapsed (as normalizeText does), and where each character is. */
function textOf(parts: readonly (Text | string | null)[]): { text: string; at: Position[] } {
  let text = '';
  const at: Position[] = [];
  let space: Position | undefined;
  for (const part of parts) {
    const data = part === null ? ' ' : typeof part === 'string' ? part : part.data;
    for (let i = 0; i < data.length; i++) {
      const where: Position = part instanceof Text ? [part, i] : null;
      if (/\s/.test(data[i]!)) {
        if (text) space ??= where;
      } else {
        if (space !== undefined) {
          text += ' ';
          at.push(space);
          space = undefined;
        }
        text += data[i];
        at.push(where);
      }
    }
  }
  return { text, at };
}

function unmark(): void {
  CSS.highlights?.delete(HIGHLIGHT);
  marked?.classList.remove(CURRENT_CLASS);
  marked = undefined;
}

/** Highlights the piece and brings it on screen if it is not. */
function mark(piece: ListenPiece): void {
  unmark();
  const block = blocks[piece.block]!;
  const from = block.at[piece.start];
  const to = block.at[piece.end - 1];
  let range: Range | undefined;
  if (from && to) {
    range = document.createRange();
    range.setStart(from[0], from[1]);
    range.setEnd(to[0], to[1] + 1);
  }
  if (range && CSS.highlights && typeof Highlight === 'function') {
    CSS.highlights.set(HIGHLIGHT, new Highlight(range));
  } else {
    marked = block.el;
    marked.classList.add(CURRENT_CLASS);
  }
  const box = (range ?? block.el).getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) window.scrollBy({ top: box.top - window.innerHeight / 4 });
}

function words(key: string, vars: Record<string, number> = {}): string {
  return (host?.dataset[key] ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function say(text: string): void {
  const status = host?.querySelector('[role="status"]');
  if (status) status.textContent = text;
}

/** Buttons, their words and the status line for a state. */
function show(next: State, status?: string): void {
  state = next;
  if (!host) return;
  const focused = document.activeElement;
  host.dataset['state'] = next;
  const main = host.querySelector<HTMLButtonElement>('[data-listen="main"]');
  if (main) main.textContent = words(next === 'idle' ? 'start' : next === 'playing' ? 'pause' : 'resume');
  for (const el of host.querySelectorAll<HTMLElement>('[data-listen="stop"], .listen-speed')) el.hidden = next === 'idle';
  // Stop and the speed buttons leave with the reading: keep the keyboard focus in the control.
  if (next === 'idle' && focused !== main && focused && host.contains(focused)) main?.focus();
  if (status !== undefined) say(status);
}

function reading(): string {
  return words('reading', { n: section, total: sections });
}

function speakNext(): void {
  const piece = pieces[index];
  if (!piece) {
    end(words('done'));
    return;
  }
  const lang = document.documentElement.lang;
  const next = new SpeechSynthesisUtterance(piece.text);
  const voice = voiceFor();
  if (voice) next.voice = voice;
  next.lang = voice?.lang ?? lang;
  next.rate = rate;
  const mine = run;
  next.onend = () => {
    if (mine !== run || next !== utterance || state === 'idle') return;
    index++;
    speakNext();
  };
  next.onerror = (event) => {
    // Our own cancel() ends the utterance with "interrupted" or "canceled".
    if (mine !== run || event.error === 'interrupted' || event.error === 'canceled') return;
    end(words('stopped'));
  };
  utterance = next;
  mark(piece);
  if (piece.section !== section) {
    section = piece.section;
    say(reading());
  }
  synth.speak(next);
}

function start(): void {
  const root = document.querySelector(host?.dataset['root'] || 'main') ?? document.querySelector('main');
  if (!root) return;
  blocks = collect(root);
  ({ pieces, sections } = listenPieces(blocks));
  if (!pieces.length) return;
  run++;
  index = 0;
  section = 0;
  // Whatever an earlier page or reading left in the engine's queue; Chrome
  // also stays paused after cancel(), and would not start the new reading.
  if (synth.speaking || synth.pending) synth.cancel();
  if (synth.paused) synth.resume();
  show('playing');
  speakNext();
}

/** Stops reading: on Stop, at the end, on leaving the page. */
function end(status?: string): void {
  run++;
  utterance = undefined;
  if (synth.speaking || synth.pending || synth.paused || state !== 'idle') synth.cancel();
  unmark();
  show('idle', status);
}

let watching = false;
function watch(): void {
  if (watching) return;
  watching = true;
  window.addEventListener('pagehide', () => end());
  // The control hidden while reading (the self-check's result closed): stop.
  new ResizeObserver(() => {
    if (state !== 'idle' && host && !visible(host)) end(words('stopped'));
  }).observe(host!);
}

/** A press on one of the control's buttons. */
export function press(control: HTMLElement, button: HTMLButtonElement, voice: () => SpeechSynthesisVoice | undefined): void {
  voiceFor = voice;
  if (host !== control) {
    if (host && state !== 'idle') end();
    host = control;
  }
  watch();
  const action = button.dataset['listen'];
  if (button.dataset['rate']) {
    rate = Number(button.dataset['rate']);
    for (const b of control.querySelectorAll('[data-rate]')) b.setAttribute('aria-pressed', String(b === button));
  } else if (action === 'stop') {
    end(words('stopped'));
  } else if (action === 'main') {
    if (state === 'idle') start();
    else if (state === 'playing') {
      synth.pause();
      show('paused', words('paused'));
    } else {
      synth.resume();
      show('playing', reading());
    }
  }
}
