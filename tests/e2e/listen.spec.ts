import { test, expect, type Locator, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';

// "Listen to this page" (src/components/listen/) with a stand-in speech
// engine: the test browser has no voices, and a real one would make the
// test wait for speech. The fake records what the page asks of the engine
// and lets the test say when an utterance starts and ends, so reading moves
// on exactly when the test wants it to.

const GUIDE = '/guides/does-iop-work/';

interface FakeOptions {
  /** Voices the engine reports. */
  voices: { name: string; lang: string; localService: boolean; default?: boolean }[];
  /** Report no voices until the test calls __speech.arrive() (Chrome loads them late). */
  late?: boolean;
}
const LOCAL_EN = { name: 'On-device English', lang: 'en-US', localService: true, default: true };
const ONLINE_EN = { name: 'Online English', lang: 'en-US', localService: false };

interface SpokenUtterance {
  text: string;
  rate: number;
  lang: string;
  voice: string | null;
}

/** Replaces speechSynthesis and SpeechSynthesisUtterance before any page script runs. */
async function fakeSpeech(page: Page, options: FakeOptions = { voices: [LOCAL_EN, ONLINE_EN] }) {
  await page.addInitScript((opts: FakeOptions) => {
    type Handler = ((event: Event & { error?: string | undefined }) => void) | null;
    class FakeUtterance extends EventTarget {
      text: string;
      lang = '';
      voice: unknown = null;
      rate = 1;
      pitch = 1;
      volume = 1;
      onstart: Handler = null;
      onend: Handler = null;
      onerror: Handler = null;
      constructor(text = '') {
        super();
        this.text = text;
      }
    }
    const calls: string[] = [];
    const spoken: FakeUtterance[] = [];
    let queue: FakeUtterance[] = [];
    let voices = opts.late ? [] : opts.voices;
    // What the engine was asked, kept across page loads in this tab (sessionStorage), for the test of leaving the page.
    const report = (name: string) => sessionStorage.setItem('fake-speech', `${sessionStorage.getItem('fake-speech') ?? ''} ${name}`.trim());
    const fire = (u: FakeUtterance | undefined, type: 'start' | 'end' | 'error', error?: string) => {
      if (!u) return;
      const event = Object.assign(new Event(type), { error });
      u[`on${type}`]?.(event);
      u.dispatchEvent(event);
    };
    class FakeSynthesis extends EventTarget {
      paused = false;
      get speaking() {
        return queue.length > 0;
      }
      get pending() {
        return queue.length > 1;
      }
      getVoices() {
        return voices;
      }
      speak(u: FakeUtterance) {
        calls.push('speak');
        spoken.push(u);
        queue.push(u);
      }
      pause() {
        calls.push('pause');
        report('pause');
        this.paused = true;
      }
      resume() {
        calls.push('resume');
        report('resume');
        this.paused = false;
      }
      cancel() {
        calls.push('cancel');
        report('cancel');
        const [current] = queue;
        queue = [];
        this.paused = false;
        fire(current, 'error', 'interrupted');
      }
    }
    const synth = new FakeSynthesis();
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
    const view = (u: FakeUtterance) => ({ text: u.text, rate: u.rate, lang: u.lang, voice: (u.voice as { name?: string } | null)?.name ?? null });
    Object.assign(window, {
      __speech: {
        calls,
        spoken: () => spoken.map(view),
        current: () => (queue[0] ? view(queue[0]) : null),
        start: () => fire(queue[0], 'start'),
        /** Ends the utterance being read; the page then asks for the next. */
        end: () => {
          const u = queue.shift();
          fire(u, 'end');
        },
        /** Ends utterances until the page stops asking (the end of the page), at most `max`. */
        endAll: (max = 2000) => {
          for (let i = 0; i < max && queue.length; i++) {
            const u = queue.shift();
            fire(u, 'end');
          }
        },
        arrive: () => {
          voices = opts.voices;
          synth.dispatchEvent(new Event('voiceschanged'));
        },
      },
    });
  }, options);
}

type SpeechApi = {
  calls: string[];
  spoken: () => SpokenUtterance[];
  current: () => SpokenUtterance | null;
  start: () => void;
  end: () => void;
  endAll: (max?: number) => void;
  arrive: () => void;
};
const speech = <T,>(page: Page, fn: (s: SpeechApi) => T) =>
  page.evaluate(`(${fn.toString()})(window.__speech)`) as Promise<Awaited<T>>;
const spoken = (page: Page) => speech(page, (s) => s.spoken());
const calls = (page: Page) => speech(page, (s) => [...s.calls]);

const control = (page: Page) => page.locator('listen-page');
/** An element's words as the reader hears them: its text, white space collapsed (not innerText: CSS may show headings in capitals). */
const textOf = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
const status = (page: Page) => control(page).getByRole('status');

/** The page's own sections a reader hears: visible <h2>s that are read, plus the part before the first. */
async function expectedSections(page: Page, root = 'main', heading = 'h2') {
  return page.evaluate(
    ([rootSelector, level]) => {
      const root = document.querySelector(rootSelector!)!;
      const skipped = '.sources, .related, .pager, .toc, nav, .print-only, [data-pagefind-ignore]:not([data-result]), listen-page';
      return [...root.querySelectorAll(level!)].filter((h) => !h.closest(skipped) && h.checkVisibility() && h.textContent!.trim()).length + 1;
    },
    [root, heading],
  );
}

test.describe('on a guide', () => {
  test('the Listen button shows where there is an on-device voice, with a clear name, and reads the title first, then "In short"', async ({ page }) => {
    await fakeSpeech(page);
    await page.goto(GUIDE);
    const listen = page.getByRole('button', { name: 'Listen to this page' });
    await expect(listen).toBeVisible();
    await expect(control(page)).toHaveAttribute('role', 'group');
    await expect(control(page)).toHaveAccessibleName('Read aloud');
    // Right after "Share or print", and never starts by itself.
    const before = await control(page).evaluate((el) => {
      let previous = el.previousElementSibling;
      while (previous?.localName === 'noscript') previous = previous.previousElementSibling;
      return previous?.localName;
    });
    expect(before).toBe('page-actions');
    expect(await calls(page)).toEqual([]);
    const box = (await listen.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);

    await listen.click();
    const h1 = await textOf(page.locator('h1'));
    await expect.poll(() => spoken(page)).toHaveLength(1);
    const first = (await spoken(page))[0]!;
    expect(first.text).toBe(h1);
    expect(first.lang).toBe('en-US');
    expect(first.voice).toBe('On-device English');
    expect(first.rate).toBe(1);

    const sections = await expectedSections(page);
    expect(sections).toBeGreaterThan(4);
    await expect(status(page)).toHaveText(`Reading: section 1 of ${sections}`);
    // The main button now pauses; Stop and the speeds show.
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Speed' }).getByRole('button', { name: '1×' })).toHaveAttribute('aria-pressed', 'true');

    // The piece being read is highlighted (CSS Custom Highlight API: nothing is wrapped).
    const highlighted = () =>
      page.evaluate(() => {
        const h = CSS.highlights.get('listen-piece');
        return h ? [...h].map((r) => (r as Range).toString().replace(/\s+/g, ' ').trim()).join(' ') : null;
      });
    expect(await highlighted()).toBe(h1);
    expect(await page.locator('main mark, main .listen-current').count()).toBe(0);

    // Then the summary line, then "In short" and its points, in order.
    const points = await page.locator('.in-short li').allInnerTexts();
    for (let i = 0; i < 2 + points.length; i++) await speech(page, (s) => s.end());
    const texts = (await spoken(page)).map((u) => u.text);
    const lead = await textOf(page.locator('.guide .lead'));
    expect(texts.slice(0, 4)).toEqual([h1, lead, 'In short', points[0]!.trim()]);
    await expect(status(page)).toHaveText(`Reading: section 2 of ${sections}`);
    expect(await highlighted()).toBe(texts.at(-1));
  });

  test('reads the whole page in pieces of 300 characters or less, without citation marks, sources, navigation or buttons', async ({ page }) => {
    await fakeSpeech(page);
    await page.goto(GUIDE);
    await page.getByRole('button', { name: 'Listen to this page' }).click();
    await expect.poll(() => spoken(page)).toHaveLength(1);

    // Far down the page, the piece being read is scrolled into view.
    for (let i = 0; i < 40; i++) await speech(page, (s) => s.end());
    // (Polled: the page scrolls smoothly unless the reader asks for reduced motion.)
    const inView = () =>
      page.evaluate(() => {
        const range = [...CSS.highlights.get('listen-piece')!][0] as Range;
        const box = range.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight && window.scrollY > 0;
      });
    await expect.poll(inView).toBe(true);

    await speech(page, (s) => s.endAll());
    await expect(status(page)).toHaveText('Finished reading');
    await expect(page.getByRole('button', { name: 'Listen to this page' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden();
    expect(await page.evaluate(() => CSS.highlights.has('listen-piece'))).toBe(false);

    const texts = (await spoken(page)).map((u) => u.text);
    expect(texts.length).toBeGreaterThan(60);
    for (const text of texts) {
      expect(text.length, text).toBeLessThanOrEqual(300);
      expect(text.trim(), 'no empty piece').not.toBe('');
      expect(text, 'no citation mark').not.toMatch(/\[\d+\]/);
    }
    const all = texts.join(' ');
    // The body is read, in order.
    const headings = (await page.locator('.guide-body h2').allInnerTexts()).map((h) => h.trim());
    let at = -1;
    for (const heading of headings) {
      const next = texts.indexOf(heading, at + 1);
      expect(next, `"${heading}" is read, after the headings before it`).toBeGreaterThan(at);
      at = next;
    }
    // Not the sources list, the table of contents, breadcrumbs, page actions or the review date.
    const firstSource = (await page.locator('.sources li').first().innerText()).trim().slice(0, 40);
    expect(all).not.toContain(firstSource);
    expect(texts).not.toContain('Sources');
    expect(texts).not.toContain('On this page');
    expect(all).not.toContain('Share this page');
    expect(all).not.toContain('Copy link to this section');
    expect(all).not.toContain('Last reviewed');
    expect(texts).not.toContain('Home');
    expect(all).not.toContain('Listen to this page');
    expect(all).not.toContain('Related guides');
    expect(all).not.toContain('Scan the code');
  });

  test('Pause, Resume and Stop use the engine\'s pause, resume and cancel; the status says so, and focus stays on the control', async ({ page }) => {
    await fakeSpeech(page);
    await page.goto(GUIDE);
    await page.getByRole('button', { name: 'Listen to this page' }).click();
    await expect.poll(() => spoken(page)).toHaveLength(1);
    await speech(page, (s) => s.start());

    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await calls(page)).toContain('pause');
    await expect(status(page)).toHaveText('Paused');
    const resume = page.getByRole('button', { name: 'Resume' });
    await expect(resume).toBeFocused();

    await resume.click();
    expect(await calls(page)).toContain('resume');
    await expect(status(page)).toHaveText(/^Reading: section 1 of \d+$/);
    await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();

    // Stop, from the keyboard.
    const cancelsBefore = (await calls(page)).filter((c) => c === 'cancel').length;
    await page.getByRole('button', { name: 'Stop' }).focus();
    await page.keyboard.press('Enter');
    expect((await calls(page)).filter((c) => c === 'cancel').length).toBe(cancelsBefore + 1);
    await expect(status(page)).toHaveText('Stopped');
    const listen = page.getByRole('button', { name: 'Listen to this page' });
    await expect(listen).toBeFocused();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden();
    expect(await page.evaluate(() => CSS.highlights.has('listen-piece'))).toBe(false);
    // An utterance ending after Stop does not start the next one.
    const count = (await spoken(page)).length;
    await speech(page, (s) => s.end());
    expect((await spoken(page)).length).toBe(count);

    // Listen again starts from the top.
    await listen.click();
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(await textOf(page.locator('h1')));
  });

  test('1.25× sets the rate of the next utterance', async ({ page }) => {
    await fakeSpeech(page);
    await page.goto(GUIDE);
    await page.getByRole('button', { name: 'Listen to this page' }).click();
    await expect.poll(() => spoken(page)).toHaveLength(1);
    const fast = page.getByRole('group', { name: 'Speed' }).getByRole('button', { name: '1.25×' });
    await fast.click();
    await expect(fast).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: '1×' })).toHaveAttribute('aria-pressed', 'false');
    await speech(page, (s) => s.end());
    expect((await spoken(page)).map((u) => u.rate)).toEqual([1, 1.25]);
    await page.getByRole('button', { name: '0.75×' }).click();
    await speech(page, (s) => s.end());
    expect((await spoken(page)).at(-1)!.rate).toBe(0.75);
  });

  test('leaving the page stops the reading', async ({ page }) => {
    await fakeSpeech(page);
    await page.goto(GUIDE);
    await page.getByRole('button', { name: 'Listen to this page' }).click();
    await expect.poll(() => spoken(page)).toHaveLength(1);
    const reported = () => page.evaluate(() => sessionStorage.getItem('fake-speech') ?? '');
    expect(await reported()).toBe('');
    await page.getByRole('link', { name: 'Glossary' }).first().click();
    await expect(page).toHaveURL(/\/glossary\/$/);
    expect((await reported()).split(' ')).toContain('cancel');
  });

  test.describe('with offline saving blocked (its one-off downloads are not what this test is about)', () => {
    test('pressing Listen fetches only the site\'s own reading code, and sends nothing', async ({ page, baseURL }) => {
      await fakeSpeech(page);
      await page.goto(GUIDE, { waitUntil: 'networkidle' });
      await expect(page.getByRole('button', { name: 'Listen to this page' })).toBeVisible();
      const requests: string[] = [];
      page.on('request', (req) => {
        if (new URL(req.url()).pathname !== '/favicon.svg') requests.push(`${req.method()} ${req.url()}`);
      });
      await page.getByRole('button', { name: 'Listen to this page' }).click();
      await expect.poll(() => spoken(page)).toHaveLength(1);
      for (let i = 0; i < 5; i++) await speech(page, (s) => s.end());
      await page.getByRole('button', { name: 'Stop' }).click();
      await page.waitForLoadState('networkidle');
      expect(requests.length).toBeGreaterThanOrEqual(1);
      const origin = new URL(baseURL!).origin;
      for (const request of requests) expect(request).toMatch(new RegExp(`^GET ${origin.replace(/[.]/g, '\\.')}/_astro/listen-[\\w-]+\\.[\\w-]+\\.js$`));
    });
  });

  test('has no axe violations with the controls showing: phone in light, desktop in dark', async ({ page }) => {
    await fakeSpeech(page);
    await page.goto(GUIDE);
    await page.getByRole('button', { name: 'Listen to this page' }).click();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    await expect(status(page)).toHaveText(/^Reading/);
    // Each width in one theme and the other: the controls' layout changes with the width, their colours with the theme.
    for (const [viewport, colorScheme] of [[{ width: 375, height: 740 }, 'light'], [{ width: 1280, height: 800 }, 'dark']] as const) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      const violations = await axeViolations(page, { include: 'listen-page', label: `${viewport.width} px, ${colorScheme}` });
      expect(violations, violations.join('\n')).toEqual([]);
    }
    // The whole page too, once, with the controls showing.
    expect(await axeViolations(page)).toEqual([]);
  });

  test('fits a 320 px screen: the buttons wrap, nothing scrolls sideways, every button is 44 px high', async ({ page }) => {
    await fakeSpeech(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(GUIDE);
    await page.getByRole('button', { name: 'Listen to this page' }).click();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    for (const button of await control(page).getByRole('button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
  });

  test('is never printed', async ({ page }) => {
    await fakeSpeech(page);
    await page.goto(GUIDE);
    await expect(page.getByRole('button', { name: 'Listen to this page' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(control(page)).toBeHidden();
  });
});

test.describe('without a way to read on the device', () => {
  /** The page's after-load script has run (it decides whether the control's code is fetched at all). */
  const afterLoadRan = (page: Page) =>
    expect
      .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((r) => new URL(r.name).pathname.startsWith('/_astro/after-load.'))))
      .toBe(true);
  const listenCodeFetched = (page: Page) =>
    page.evaluate(() => performance.getEntriesByType('resource').some((r) => new URL(r.name).pathname.startsWith('/_astro/listen')));

  test('no on-device voice for the page\'s language: no button, no code fetched, nothing spoken', async ({ page }) => {
    await fakeSpeech(page, { voices: [ONLINE_EN, { name: 'French', lang: 'fr-FR', localService: true }] });
    await page.goto(GUIDE);
    await afterLoadRan(page);
    await page.waitForLoadState('networkidle');
    await expect(control(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Listen to this page' })).toHaveCount(0);
    expect(await listenCodeFetched(page)).toBe(false);
    expect(await calls(page)).toEqual([]);
  });

  test('voices that arrive late (voiceschanged) bring the button', async ({ page }) => {
    await fakeSpeech(page, { voices: [LOCAL_EN], late: true });
    await page.goto(GUIDE);
    await afterLoadRan(page);
    await page.waitForLoadState('networkidle');
    await expect(control(page)).toBeHidden();
    await speech(page, (s) => s.arrive());
    await expect(page.getByRole('button', { name: 'Listen to this page' })).toBeVisible();
  });

  test('a browser without speech synthesis shows no button', async ({ page }) => {
    await page.addInitScript(() => {
      delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    });
    await page.goto(GUIDE);
    await afterLoadRan(page);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
    await expect(control(page)).toBeHidden();
    expect(await listenCodeFetched(page)).toBe(false);
  });

  test('without JavaScript the control stays hidden', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(GUIDE);
    await expect(control(page)).toHaveCount(1);
    await expect(control(page)).toBeHidden();
    await context.close();
  });
});

test.describe('on the glossary', () => {
  test('reads the title, the introduction, then each term and its meaning, one section per term', async ({ page }) => {
    await fakeSpeech(page);
    await page.goto('/glossary/');
    const listen = page.getByRole('button', { name: 'Listen to this page' });
    await expect(listen).toBeVisible();
    await listen.click();
    await expect.poll(() => spoken(page)).toHaveLength(1);
    const terms = await page.locator('.glossary dt').count();
    await expect(status(page)).toHaveText(`Reading: section 1 of ${terms + 1}`);
    for (let i = 0; i < 3; i++) await speech(page, (s) => s.end());
    const texts = (await spoken(page)).map((u) => u.text);
    const firstTerm = await textOf(page.locator('.glossary dt').first());
    expect(texts[0]).toBe(await textOf(page.locator('h1')));
    expect(texts[2]).toBe(firstTerm);
    expect(texts[3]).toBe(await textOf(page.locator('.glossary dd').first().locator('p').first()));
    await expect(status(page)).toHaveText(`Reading: section 2 of ${terms + 1}`);
    await speech(page, (s) => s.endAll());
    const all = (await spoken(page)).map((u) => u.text).join(' ');
    expect(all).not.toContain('Read more');

    expect(await axeViolations(page, { include: 'listen-page' })).toEqual([]);
  });
});

test.describe('on the self-check', () => {
  const CALM = {
    who: 'me-adult', safety: 'no', substance: 'stimulants', 'daily-use': 'no', 'step-down': 'no', 'withdrawal-signs': 'never-stopped', health: 'no',
    'mental-health': 'ok', readiness: 'ready', relapse: 'light-support', home: 'supportive', time: 'yes',
  } as Record<string, string>;

  async function answerAll(page: Page) {
    for (let i = 0; i < 30; i++) {
      const fieldset = page.locator('fieldset[data-q]:visible');
      if (!(await fieldset.count())) return;
      const id = (await fieldset.getAttribute('data-q'))!;
      await fieldset.locator(`input[value="${CALM[id]}"]`).check();
      await page.locator('[data-next]').click();
    }
  }

  test('shows only with a result, and reads the result panel only', async ({ page }) => {
    await fakeSpeech(page);
    await page.goto('/quiz/');
    await expect.poll(() => page.evaluate(() => !!customElements.get('listen-page'))).toBe(true);
    const listen = page.getByRole('button', { name: 'Listen to the result' });
    await expect(listen).toBeHidden();
    const firstQuestion = (await page.locator('fieldset[data-q] .q-text').first().innerText()).trim();

    await answerAll(page);
    const result = page.locator('[data-result]');
    await expect(result).toBeVisible();
    await expect(listen).toBeVisible();
    // At the top of the result, right under its heading.
    expect(await page.evaluate(() => document.querySelector('#quiz-result-heading')!.nextElementSibling!.localName)).toBe('listen-page');

    await listen.click();
    await expect.poll(() => spoken(page)).toHaveLength(1);
    const heading = await textOf(page.locator('#quiz-result-heading'));
    const title = await textOf(page.locator('[data-outcome]:visible .outcome-title'));
    const sections = await expectedSections(page, '[data-result]', 'h3');
    await expect(status(page)).toHaveText(`Reading: section 1 of ${sections}`);
    await speech(page, (s) => s.endAll());
    const texts = (await spoken(page)).map((u) => u.text);
    expect(texts[0]).toBe(heading);
    expect(texts[1]).toBe(title);
    const all = texts.join(' ');
    // What the result shows (innerText: its visible words; in lower case, as CSS shows some in capitals).
    const resultText = (await result.innerText()).replace(/\s+/g, ' ').toLowerCase();
    // A picture is read as its text alternative.
    const alts = (await result.locator('[role="img"][aria-label]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')!))).join(' ').toLowerCase();
    expect(alts).not.toBe('');
    for (const text of texts) expect(`${resultText} ${alts}`, `"${text}" is in the result`).toContain(text.toLowerCase());
    expect(all.toLowerCase()).toContain(alts.replace(/\s+/g, ' ').trim());
    // Nothing from the questions themselves: their progress line, the answers not chosen.
    expect(all).not.toContain('Question 1 of');
    expect(all).not.toContain('Someone I care about who is 18 or older');
    // The summary of answers names the first question once, with the answer given.
    expect(all.split(firstQuestion).length - 1).toBe(1);
    expect(all).not.toContain('Take this to your appointment'); // print-only
    expect(all).not.toContain('Listen to the result');
    await expect(status(page)).toHaveText('Finished reading');

    expect(await axeViolations(page, { include: '[data-result]' })).toEqual([]);
  });

  test('starting over while reading stops the reading', async ({ page }) => {
    await fakeSpeech(page);
    await page.goto('/quiz/');
    await answerAll(page);
    await page.getByRole('button', { name: 'Listen to the result' }).click();
    await expect.poll(() => spoken(page)).toHaveLength(1);
    await page.locator('[data-result] [data-action=restart]').click();
    await expect(page.locator('[data-result]')).toBeHidden();
    await expect.poll(() => calls(page)).toContain('cancel');
  });
});
