import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';

// The "Is IOP right for me?" self-check at /quiz/, driven the way readers use
// it: keyboard only, phone width, printed, and with JavaScript off.

const QUESTIONS = ['who', 'safety', 'substance', 'daily-use', 'step-down', 'withdrawal-signs', 'health', 'mental-health', 'readiness', 'relapse', 'home', 'time'] as const;
type Answers = Partial<Record<(typeof QUESTIONS)[number], string>>;
const CALM: Answers = {
  who: 'me-adult', safety: 'no', substance: 'stimulants', 'daily-use': 'no', 'step-down': 'no', 'withdrawal-signs': 'never-stopped', health: 'no',
  'mental-health': 'ok', readiness: 'ready', relapse: 'light-support', home: 'supportive', time: 'yes',
};
/** Answers that bring help at once, with the heading of the panel and the number it puts first. */
const DANGER = new Map([
  ['safety:yes', { heading: 'Please get help now', first: 'tel:988' }],
  ['safety:unsure', { heading: 'Please get help now', first: 'tel:988' }],
  ['withdrawal-signs:now', { heading: 'Call 911 now', first: 'tel:911' }],
]);
const IOP = 'IOP is often a fit for situations like this';

/** One scenario per outcome (and a few more), with the result title each must get. */
const SCENARIOS: { name: string; answers: Answers; result: string }[] = [
  { name: 'thoughts of suicide', answers: { ...CALM, safety: 'yes' }, result: 'Get help now' },
  { name: 'in dangerous withdrawal right now', answers: { ...CALM, 'withdrawal-signs': 'now' }, result: 'Call 911 now' },
  { name: 'daily heavy drinking with past seizures', answers: { ...CALM, substance: 'alcohol', 'daily-use': 'alcohol', 'withdrawal-signs': 'severe' }, result: 'Medically supervised withdrawal first' },
  { name: 'opioids with withdrawal signs', answers: { ...CALM, substance: 'opioids', 'withdrawal-signs': 'shakes' }, result: 'Ask about opioid medicines now' },
  { name: 'pregnant and using opioids', answers: { ...CALM, substance: 'opioids', health: 'pregnant', 'withdrawal-signs': 'shakes' }, result: 'Medicine and prenatal care now. Do not stop opioids suddenly' },
  { name: 'pregnant', answers: { ...CALM, health: 'pregnant' }, result: 'A medical check first' },
  { name: 'no safe place to live', answers: { ...CALM, home: 'unsafe' }, result: 'More structure first' },
  { name: 'opioids, unsure, relapses without support', answers: { ...CALM, substance: 'opioids', readiness: 'unsure', relapse: 'without-support' }, result: IOP },
  { name: 'stepping down from residential care', answers: { ...CALM, 'step-down': 'yes' }, result: IOP },
  { name: 'calm on every question', answers: { ...CALM }, result: 'Standard outpatient care may be enough' },
];

const visibleQuestion = (page: Page) => page.locator('fieldset[data-q]:visible');

async function expectNoAxeViolations(page: Page, where: string, colorScheme: 'light' | 'dark' = 'light') {
  await page.emulateMedia({ colorScheme });
  const violations = await axeViolations(page);
  expect(violations, `${where}\n${violations.join('\n')}`).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Tabs forward until `predicate` holds for the focused element (or fails after `max` presses). */
async function tabUntil(page: Page, predicate: string, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  throw new Error(`Tab never reached: ${predicate}`);
}

/**
 * Answers the quiz with the keyboard only, from a freshly loaded page:
 * Tab into the radio group, arrow keys to the answer, Tab to Next, Enter.
 * Checks the progress and the focus at every step. `onStep` runs on each question.
 */
async function walkByKeyboard(page: Page, answers: Answers, onStep?: (index: number) => Promise<void>) {
  for (const [i, id] of QUESTIONS.entries()) {
    const value = answers[id]!;
    const fieldset = visibleQuestion(page);
    await expect(fieldset).toHaveAttribute('data-q', id);
    const heading = fieldset.locator('h2');
    await expect(heading).toContainText(`Question ${i + 1} of ${QUESTIONS.length}`);
    if (i === 0) {
      await tabUntil(page, `document.activeElement?.getAttribute('name') === 'quiz-who'`);
    } else {
      // Focus moved to the new question's heading; the next Tab is the first answer.
      await expect(heading).toBeFocused();
      await page.keyboard.press('Tab');
    }
    await onStep?.(i);
    const radios = fieldset.locator('input[type=radio]');
    const values = await radios.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    const index = values.indexOf(value);
    expect(index, `${id} has an answer "${value}"`).toBeGreaterThanOrEqual(0);
    await expect(radios.first()).toBeFocused();
    if (index === 0) await page.keyboard.press('Space');
    for (let k = 0; k < index; k++) await page.keyboard.press('ArrowDown');
    await expect(fieldset.locator(`input[value="${value}"]`)).toBeChecked();

    const danger = DANGER.get(`${id}:${value}`);
    if (danger) {
      // Help shows at once, before pressing Next, above the question: 988
      // first for a crisis, 911 first for a medical emergency.
      const crisis = page.locator('[data-crisis]');
      await expect(crisis).toHaveAttribute('role', 'alert');
      await expect(crisis.getByRole('heading', { name: danger.heading })).toBeVisible();
      await expect(crisis.locator('a[href="tel:988"]')).toBeVisible();
      await expect(crisis.locator('a[href="sms:988"]')).toBeVisible();
      await expect(crisis.locator('a[href="tel:911"]')).toBeVisible();
      await expect(crisis.locator('a[href^="tel:"]').first()).toHaveAttribute('href', danger.first);
      const before = await crisis.evaluate((el) => !!(el.compareDocumentPosition(document.querySelector('[data-form]')!) & Node.DOCUMENT_POSITION_FOLLOWING));
      expect(before, 'crisis help comes before the question').toBe(true);
    }

    await tabUntil(page, `document.activeElement?.hasAttribute('data-next')`, 3);
    await page.keyboard.press('Enter');
    if (danger) return;
  }
}

const resultTitle = (page: Page) => page.locator('[data-outcome]:visible .outcome-title');

test.describe('the self-check, by keyboard only', () => {
  for (const s of SCENARIOS) {
    test(`${s.name} → "${s.result}"`, async ({ page }) => {
      await page.goto('/quiz/');
      await walkByKeyboard(page, s.answers);
      await expect(resultTitle(page)).toHaveText(s.result);
      await expect(page.locator('[data-reasons] li:visible').first()).toBeVisible();
      if (s.result === 'Get help now' || s.result === 'Call 911 now') {
        await expect(page.locator('[data-crisis-heading]')).toBeFocused();
        await expect(page.locator('[data-crisis] a[href="tel:988"]')).toBeInViewport();
      } else {
        await expect(page.locator('#quiz-result-heading')).toBeFocused();
        await expect(page.locator('[data-crisis]')).toBeEmpty();
      }
      // Every result ends with the professional, the Helpline and FindTreatment.gov.
      const steps = page.locator('[data-result] .steps');
      await expect(steps).toContainText('licensed addiction professional');
      await expect(steps.locator('a[href="tel:+18006624357"]')).toBeVisible();
      await expect(steps.locator('a[href="https://findtreatment.gov/"]')).toBeVisible();
      await expectNoAxeViolations(page, `result: ${s.name}`);
    });
  }

  test('opioids bring up the note on medicines and naloxone, which work alongside IOP', async ({ page }) => {
    await page.goto('/quiz/');
    await walkByKeyboard(page, SCENARIOS.find((s) => s.name === 'opioids, unsure, relapses without support')!.answers);
    const notes = page.locator('[data-notes]');
    await expect(notes).toBeVisible();
    await expect(notes).toContainText('Buprenorphine and methadone lower the risk of dying from an overdose');
    await expect(notes).toContainText('Keep naloxone (Narcan) at hand');
    await expect(notes.getByRole('link', { name: /What happens in an IOP/ })).toHaveAttribute('href', '/guides/what-happens-in-iop/#medicines-for-opioid-use-disorder');
  });
});

// Every step is the same form, rendered on the server with its own words
// (tests/build/html-valid.test.ts checks the markup of all of them; each
// scenario above runs axe on its result). Here: the first question and a
// result, light and dark, as the reader sees them.
test('a question and the result pass axe, light and dark', async ({ page }) => {
  await page.goto('/quiz/');
  await walkByKeyboard(page, { ...CALM, 'mental-health': 'mild', time: 'maybe' }, async (i) => {
    if (i === 0) {
      await expectNoAxeViolations(page, 'question 1');
      await expectNoAxeViolations(page, 'question 1 (dark)', 'dark');
    }
  });
  await expect(resultTitle(page)).toHaveText(IOP);
  await expectNoAxeViolations(page, 'result');
  await expectNoAxeViolations(page, 'result (dark)', 'dark');
});

test('answering for someone else words every question, the result and the printout for them', async ({ page }) => {
  await page.goto('/quiz/');
  await walkByKeyboard(page, { ...CALM, who: 'other-adult', home: 'hard' }, async (i) => {
    if (i === 1) await expect(visibleQuestion(page).locator('legend')).toContainText('has your loved one talked about ending their life');
    if (i === 3) await expect(visibleQuestion(page).locator('legend')).toContainText('Does your loved one drink heavily');
  });
  await expect(resultTitle(page)).toHaveText(IOP);
  await expect(page.locator('[data-outcome]:visible')).toContainText('Your loved one would go to treatment');
  await expect(page.locator('[data-reasons] li:visible')).toContainText(['Home makes recovery hard, but your loved one can cope']);
  await expect(page.locator('[data-result]').getByRole('link', { name: 'Read our guide for families' })).toHaveAttribute('href', '/guides/for-families/');
  // The reader's own wording is not shown (nor read out) at the same time.
  await expect(page.locator('[data-result]').getByText('You would go to treatment')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Answers about someone I care about')).toBeVisible();
  await expect(page.getByText('My answers to a self-check')).toBeHidden();
});

test('the result shows where it sits among the levels of care, its own step marked; crisis help shows no picture', async ({ page }) => {
  await page.goto('/quiz/');
  await walkByKeyboard(page, { ...CALM, 'step-down': 'yes' });
  const figure = page.locator('[data-result] figure.fig');
  await expect(figure).toBeVisible();
  await expect(figure.getByRole('img')).toHaveAttribute('aria-label', /Your result is the box with the thick border/);
  // A screen reader hears which step is the result, not only sighted readers.
  await expect(figure.getByRole('img')).toHaveAccessibleName(/Your result: Intensive outpatient \(IOP\)\.$/);
  const width = (step: string) => figure.locator(`[data-step="${step}"]`).evaluate((el) => getComputedStyle(el).strokeWidth);
  expect(await width('iop')).toBe('4px');
  expect(await width('outpatient')).not.toBe('4px');
  await page.locator('[data-summary="safety"] button').click();
  await visibleQuestion(page).getByLabel('Yes', { exact: true }).check();
  await page.locator('[data-next]').click();
  await expect(resultTitle(page)).toHaveText('Get help now');
  await expect(figure).toBeHidden();
});

test('benzos and sedatives are defined once, where the result first names them', async ({ page }) => {
  await page.goto('/quiz/');
  await walkByKeyboard(page, { ...CALM, substance: 'sedatives', 'daily-use': 'sedatives' });
  await expect(resultTitle(page)).toHaveText('Medically supervised withdrawal first');
  // Named in the summary, the reason and the sedatives note: defined in the summary only.
  const shown = page.locator('[data-result] [data-term="sedatives"]:visible');
  await expect(shown).toHaveCount(1);
  await expect(shown).toContainText('Benzos are prescription medicines for anxiety, sleep or seizures, such as Xanax or Valium.');
  await expect(page.locator('[data-outcome]:visible [data-term="sedatives"]:visible')).toHaveCount(1);
  await expect(page.locator('[data-notes]')).toContainText('Do not stop benzodiazepines or other sedatives all at once.');
});

test("the phone's Back gesture goes to the previous question and keeps every answer; Forward returns", async ({ page }) => {
  await page.goto('/quiz/');
  const question = (id: string) => page.locator(`fieldset[data-q="${id}"]`);
  await question('who').getByLabel('Me, and I am 18 or older').check();
  await page.locator('[data-next]').click();
  await expect(question('safety')).toBeVisible();
  await question('safety').getByLabel('No', { exact: true }).check();
  await page.locator('[data-next]').click();
  await expect(question('substance')).toBeVisible();
  await page.goBack();
  await expect(question('safety')).toBeVisible();
  await expect(question('safety').getByLabel('No', { exact: true })).toBeChecked();
  await expect(page).toHaveURL(/\/quiz\/$/);
  await page.goBack();
  await expect(question('who')).toBeVisible();
  await expect(question('who').getByLabel('Me, and I am 18 or older')).toBeChecked();
  await page.goForward();
  await expect(question('safety')).toBeVisible();
  // The page's own Back button does the same.
  await page.locator('[data-next]').click();
  await page.locator('[data-action="back"]').click();
  await expect(question('safety')).toBeVisible();
});

test('the printed summary says when it was answered', async ({ page }) => {
  await page.goto('/quiz/');
  await walkByKeyboard(page, CALM);
  await page.emulateMedia({ media: 'print' });
  const year = String(new Date().getFullYear());
  await expect(page.locator('[data-printed-on]')).toBeVisible();
  await expect(page.locator('[data-printed-on]')).toHaveText(new RegExp(`^Answered on \\w+ \\d{1,2}, ${year}$`));
});

test('"I am not sure" about withdrawal or health asks for a doctor first, never a plain IOP fit', async ({ page }) => {
  for (const [q, label] of [['withdrawal-signs', 'I am not sure'], ['health', 'I am not sure']] as const) {
    await page.goto('/quiz/');
    await walkByKeyboard(page, { ...CALM, [q]: 'unsure' });
    await expect(resultTitle(page), `${q}: ${label}`).not.toHaveText(IOP);
    await expect(page.locator('[data-reasons] li:visible')).toContainText([/not sure/]);
  }
});

test('a teen is told about teen hours (6 a week), with the guide for teens', async ({ page }) => {
  await page.goto('/quiz/');
  await walkByKeyboard(page, { ...CALM, who: 'me-teen', relapse: 'without-support' }, async (i) => {
    if (i === QUESTIONS.length - 1) await expect(visibleQuestion(page).locator('legend')).toContainText('at least 6 hours a week', { useInnerText: true });
  });
  await expect(page.locator('[data-outcome]:visible')).toContainText('at least 6 hours in all', { useInnerText: true });
  await expect(page.locator('[data-notes]')).toContainText('For people under 18, IOP means at least 6 hours');
  await expect(page.locator('[data-notes] a[href="/guides/iop-for-teens/"]')).toBeVisible();
});

test('the crisis panel passes axe while a question is on screen', async ({ page }) => {
  await page.goto('/quiz/');
  await visibleQuestion(page).getByLabel('Me, and I am 18 or older').check();
  await page.locator('[data-next]').click();
  await visibleQuestion(page).getByLabel("Sometimes, or I'm not sure").check();
  await expect(page.locator('[data-crisis] a[href="tel:911"]')).toBeVisible();
  await expect(page.locator('[data-crisis] a[href="tel:911"]')).toBeInViewport();
  await expectNoAxeViolations(page, 'question 1 with crisis help');
  // Choosing "No" instead takes the panel away again.
  await visibleQuestion(page).getByLabel('No', { exact: true }).check();
  await expect(page.locator('[data-crisis]')).toBeEmpty();
});

test.describe('with offline saving blocked (its one-off downloads are not what this test is about)', () => {
  test('answers never leave the page: no request, nothing in the URL, nothing stored', async ({ page, context }) => {
    await page.goto('/quiz/', { waitUntil: 'networkidle' });
    const requests: string[] = [];
    // The tab icon is the browser's own request, made when it likes (later
    // while the offline cache fills after load); it carries nothing from the page.
    page.on('request', (req) => {
      if (new URL(req.url()).pathname !== '/favicon.svg') requests.push(`${req.method()} ${req.url()}`);
    });
    const historyLength = await page.evaluate(() => window.history.length);

    await walkByKeyboard(page, { ...CALM, substance: 'opioids', readiness: 'unsure' });
    await expect(resultTitle(page)).toHaveText(IOP);
    // Change an answer, print, start over, and go once through the crisis path too.
    await page.locator('[data-summary="home"] button').click();
    await visibleQuestion(page).getByLabel("I don't have a safe or steady place to live").check();
    await page.locator('[data-next]').click();
    await expect(resultTitle(page)).toHaveText('More structure first');
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    await page.locator('[data-result] [data-action=restart]').click();
    await visibleQuestion(page).getByLabel('Someone I care about who is under 18').check();
    await page.locator('[data-next]').click();
    await visibleQuestion(page).getByLabel('Yes', { exact: true }).check();
    await page.locator('[data-next]').click();
    await expect(resultTitle(page)).toHaveText('Get help now');
    // Anything the page might still send would have gone by the time every request it started has settled.
    await page.waitForLoadState('networkidle');

    expect(requests).toEqual([]);
    expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe('/quiz/');
    // One history entry per step (for the Back gesture), each holding only the step's number.
    expect(await page.evaluate(() => window.history.length)).toBeGreaterThan(historyLength);
    expect(await page.evaluate(() => JSON.stringify(window.history.state))).toBe('{"iopQuiz":"result"}');
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
  });
});

test('the page says the answers stay private', async ({ page }) => {
  await page.goto('/quiz/');
  await expect(page.getByRole('main')).toContainText('Nothing is sent, saved, or added to the web address');
});

test('Next without an answer explains what to do and keeps you on the question', async ({ page }) => {
  await page.goto('/quiz/');
  await page.locator('[data-next]').click();
  await expect(page.locator('[data-error]')).toHaveText('Choose an answer to go on.');
  await expect(visibleQuestion(page)).toHaveAttribute('data-q', 'who');
  await expect(page.locator('#quiz-who-me-adult')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-error]')).toBeEmpty();
});

test('Back keeps earlier answers; Change on the result returns straight to the result; Start over clears everything', async ({ page }) => {
  await page.goto('/quiz/');
  await visibleQuestion(page).getByLabel('Me, and I am 18 or older').check();
  await page.locator('[data-next]').click();
  await visibleQuestion(page).getByLabel('No', { exact: true }).check();
  await page.locator('[data-next]').click();
  await visibleQuestion(page).getByLabel('Alcohol').check();
  await page.locator('[data-next]').click();
  await expect(visibleQuestion(page)).toHaveAttribute('data-q', 'daily-use');
  await page.locator('[data-action=back]').click();
  await expect(visibleQuestion(page)).toHaveAttribute('data-q', 'substance');
  await expect(visibleQuestion(page).locator('h2')).toBeFocused();
  await expect(page.getByLabel('Alcohol')).toBeChecked();
  await page.locator('[data-action=back]').click();
  await page.locator('[data-action=back]').click();
  await expect(page.locator('[data-action=back]')).toBeHidden();

  await page.goto('/quiz/');
  await walkByKeyboard(page, CALM);
  await expect(resultTitle(page)).toHaveText('Standard outpatient care may be enough');
  // Keyboard: focus the Change button for the mood question and press Enter.
  await page.locator('[data-summary="mental-health"] button').focus();
  await page.keyboard.press('Enter');
  await expect(visibleQuestion(page)).toHaveAttribute('data-q', 'mental-health');
  await expect(visibleQuestion(page).locator('h2')).toBeFocused();
  await expect(page.locator('[data-next] [data-label=result]')).toBeVisible();
  await expect(page.locator('[data-next] [data-label=next]')).toBeHidden();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(resultTitle(page)).toHaveText(IOP);
  await expect(page.locator('[data-summary="mental-health"]')).toContainText('I have some low mood');

  await page.locator('[data-result] [data-action=restart]').click();
  await expect(visibleQuestion(page)).toHaveAttribute('data-q', 'who');
  await expect(visibleQuestion(page).locator('h2')).toBeFocused();
  expect(await page.locator('input:checked').count()).toBe(0);
});

test('works at 320 px wide: no sideways scrolling, tap targets of at least 24 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/quiz/');
  const noOverflow = async (where: string) => {
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll, `${where}: page is ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client);
  };
  // Links inside a sentence are exempt from the target size rule (WCAG 2.2 SC 2.5.8, "inline").
  const bigEnough = async (where: string) => {
    const boxes = await page.locator('iop-quiz').locator('input:visible, button:visible, label:visible, [data-crisis] a:visible').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { what: el.outerHTML.slice(0, 60), w: r.width, h: r.height };
      }),
    );
    expect(boxes.filter((b) => b.w < 24 || b.h < 24), where).toEqual([]);
  };
  await noOverflow('question 1');
  await bigEnough('question 1');
  for (const id of QUESTIONS) {
    // By the question's id, not "the visible one": right after Next, the old
    // question may still be showing, and share an answer's value ("no").
    await page.locator(`fieldset[data-q="${id}"] input[value="${{ ...CALM, substance: 'opioids' }[id]}"]`).check();
    if (id === 'substance') {
      await noOverflow('question 2');
      await bigEnough('question 2');
    }
    await page.locator('[data-next]').click();
  }
  await expect(resultTitle(page)).toBeVisible();
  await noOverflow('result');
  await bigEnough('result');
});

test('runs no animations, so reduced motion has nothing to reduce', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/quiz/');
  await visibleQuestion(page).getByLabel('Me, and I am 18 or older').check();
  await page.locator('[data-next]').click();
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});

test.describe('printing the result', () => {
  // The longest results there are: every answer after the first points to some care.
  const HEAVIEST: Answers = {
    who: 'me-adult', safety: 'no', substance: 'alcohol', 'daily-use': 'alcohol', 'step-down': 'no', 'withdrawal-signs': 'severe', health: 'pregnant', 'mental-health': 'serious',
    readiness: 'unsure', relapse: 'despite-intensive', home: 'unsafe', time: 'no',
  };

  async function pdfPages(page: Page) {
    const pdf = await page.pdf({ format: 'Letter' });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  }

  test('prints a one-page "take this to your appointment" summary: answers, result, reasons, questions to ask', async ({ page }) => {
    await page.goto('/quiz/');
    await walkByKeyboard(page, HEAVIEST);
    await expect(resultTitle(page)).toHaveText('Medically supervised withdrawal first');
    await page.emulateMedia({ media: 'print' });

    await expect(page.getByText('Take this to your appointment')).toBeVisible();
    await expect(resultTitle(page)).toBeVisible();
    await expect(page.locator('[data-reasons] li:visible')).toHaveCount(2);
    await expect(page.locator('[data-also] li:visible')).toHaveCount(5);
    await expect(page.getByRole('heading', { name: 'Questions to ask a program' })).toBeVisible();
    await expect(page.locator('[data-summary]:visible')).toHaveCount(QUESTIONS.length);
    await expect(page.locator('[data-summary="health"]')).toContainText('I am pregnant, or I might be');
    await expect(page.getByText('Need help now? Emergency or overdose: call 911. Crisis: call or text 988.')).toBeVisible();
    // IOP is spelled out at the top of the sheet, and the levels picture prints too.
    await expect(page.getByText('My answers to a self-check on intensive outpatient programs (IOP)')).toBeVisible();
    await expect(page.locator('[data-result] .quiz-figure svg')).toBeVisible();
    // Site chrome, the intro, the questions and the buttons stay off paper.
    for (const hidden of ['.site-header', '.crisis-bar', 'footer', 'h1', '[data-form]', '[data-action=print]', '.change']) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    expect(await pdfPages(page)).toBe(1);
  });

  test('a crisis result prints on one page too, crisis help first', async ({ page }) => {
    await page.goto('/quiz/');
    await walkByKeyboard(page, HEAVIEST);
    await page.locator('[data-summary="safety"] button').click();
    await visibleQuestion(page).getByLabel('Yes', { exact: true }).check();
    await page.locator('[data-next]').click();
    await expect(resultTitle(page)).toHaveText('Get help now');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-crisis] a[href="tel:988"]')).toBeVisible();
    await expect(page.locator('[data-also] li:visible')).toHaveCount(7);
    // Choosing a program can wait: that section stays off a crisis result.
    await expect(page.locator('[data-ask]')).toBeHidden();
    expect(await pdfPages(page)).toBe(1);
  });
});

test('without JavaScript, the page shows every question as a checklist with what each answer means', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/quiz/');
  await expect(page.getByRole('heading', { name: 'All the questions, as a checklist' })).toBeVisible();
  const fallback = page.locator('.fallback');
  await expect(fallback.locator('.checklist').first().locator(':scope > li')).toHaveCount(QUESTIONS.length);
  await expect(fallback).toContainText('Points to: Get help now.');
  await expect(fallback).toContainText('Points to: Medically supervised withdrawal first.');
  await expect(fallback).toContainText('This answer does not change the result.');
  await expect(fallback.locator('a[href="tel:988"]').first()).toBeVisible();
  await expect(fallback.getByRole('heading', { name: 'What the results mean' })).toBeVisible();
  await expect(fallback.getByRole('heading', { name: 'Questions to ask a program' })).toBeVisible();
  // The step-by-step form stays out of the way.
  await expect(page.locator('[data-form]')).toBeHidden();
  await expect(page.locator('[data-next]')).toBeHidden();
  await context.close();
});

test('if the quiz script fails to load, the checklist shows instead, and passes axe', async ({ page }) => {
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto('/quiz/');
  await expect(page.getByRole('heading', { name: 'All the questions, as a checklist' })).toBeVisible();
  await expect(page.locator('[data-form]')).toBeHidden();
  await expectNoAxeViolations(page, 'checklist');
});
