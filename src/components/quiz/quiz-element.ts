import { dangerLevel, grade } from '../../lib/quiz/grade';
import { nextStep, previousStep } from '../../lib/quiz/flow';
import { choiceKey, type AgeGroup, type Alternative, type Answers, type Audience, type QuizModel } from '../../lib/quiz/model';
import { isLevel, type Level } from '../../lib/quiz/levels';

/**
 * Scrolls jump rather than glide: the reader asked to move on, and an instant
 * jump is what focus does anyway (and all reduced motion wants).
 */
const JUMP: ScrollIntoViewOptions = { block: 'start', behavior: 'instant' };

/**
 * <iop-quiz>: the "Is IOP right for me?" self-check, one question at a time.
 *
 * It holds no words and no grading rules. Quiz.astro renders every question,
 * result, reason and note; this element shows and hides them, and asks
 * src/lib/quiz/ what comes next and what the result is.
 *
 * Private by design: the checked radio buttons are the only state. Nothing
 * is fetched, stored, or written to the URL; `autocomplete="off"` on the
 * form stops the browser restoring answers after a reload. Each question
 * is an entry in the tab's history holding only its number (never an
 * answer), so a phone's Back gesture goes to the previous question instead
 * of leaving the page and losing every answer.
 */
type Step = number | 'result';
interface QuizHistoryState {
  iopQuiz?: Step;
}
class IopQuiz extends HTMLElement {
  #model: QuizModel = { questions: [] };
  #steps: HTMLFieldSetElement[] = [];
  #index = 0;
  /** True after "Change" on the result: Next returns to the result once all is answered. */
  #reviewing = false;

  connectedCallback(): void {
    // Set up once, even if the element is moved in the page.
    if (this.#steps.length) return;
    const form = this.#one<HTMLFormElement>('[data-form]');
    this.#steps = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-q]')];
    // The model is read back from the rendered radios: the same data the
    // checklist and the unit tests use, with no second copy to drift.
    this.#model = {
      questions: this.#steps.map((fs) => ({
        id: fs.dataset['q'] ?? '',
        answers: [...fs.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((input) => {
          const { level, note, instead, audience, age } = input.dataset;
          return {
            id: input.value,
            level: isLevel(level) ? level : undefined,
            note,
            instead: instead ? readAlternatives(instead) : undefined,
            audience: audience === 'me' || audience === 'other' ? (audience as Audience) : undefined,
            age: age === 'adult' || age === 'teen' ? (age as AgeGroup) : undefined,
          };
        }),
      })),
      notes: [...this.querySelectorAll<HTMLElement>('[data-notes] [data-note][data-only-with]')].map((li) => ({
        id: li.dataset['note'] ?? '',
        onlyWith: (li.dataset['onlyWith'] ?? '').split(' ').filter(isLevel),
      })),
    };

    form.addEventListener('change', () => {
      this.#setError(false);
      this.#updateWording();
      this.#updateCrisis();
      this.#updateNextLabel();
    });
    form.addEventListener('submit', (event) => {
      // Never let the browser submit: answers must not reach the URL.
      event.preventDefault();
      this.#next();
    });
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      if (!button || button.type === 'submit') return;
      const action = button.dataset['action'];
      if (action === 'back') this.#back();
      else if (action === 'restart') this.#restart();
      else if (action === 'print') window.print();
      else if (button.dataset['change'] !== undefined) {
        this.#reviewing = true;
        this.#go(Number(button.dataset['change']));
      }
    });
    window.addEventListener('popstate', (event) => this.#onHistory(event.state as QuizHistoryState | null));

    this.#updateWording();
    this.#updateCrisis();
    history.replaceState({ ...(history.state as object | null), iopQuiz: 0 } satisfies QuizHistoryState, '');
    this.#show(0, false);
  }

  /** Moves forward: a new history entry (the step's number only; the address stays the same). */
  #go(step: Step): void {
    history.pushState({ iopQuiz: step } satisfies QuizHistoryState, '');
    if (step === 'result') this.#showResult();
    else this.#show(step);
  }

  /** The page's own Back button does what the browser's does. */
  #back(): void {
    if ((history.state as QuizHistoryState | null)?.iopQuiz !== undefined && this.#index > 0) history.back();
    else this.#show(previousStep(this.#index));
  }

  /**
   * Back or Forward to a step. A step whose earlier answers are gone (the
   * page was reloaded, which clears them) shows the first unanswered
   * question instead: never a result without its answers.
   */
  #onHistory(state: QuizHistoryState | null): void {
    const step = state?.iopQuiz;
    if (step === undefined) return;
    this.#reviewing = false;
    const reachable = this.#firstUnanswered();
    if (step === 'result') {
      if (reachable === 'result') this.#showResult();
      else this.#show(reachable);
    } else this.#show(reachable === 'result' || step <= reachable ? step : reachable);
  }

  /** The first question on the reader's path that has no answer, or 'result' if every one has. */
  #firstUnanswered(): Step {
    const answers = this.#answers();
    let i = 0;
    for (let guard = 0; guard <= this.#steps.length; guard++) {
      if (!answers.has(this.#steps[i]?.dataset['q'] ?? '')) return i;
      const next = nextStep(this.#model, answers, i, false);
      if (next === 'result') return 'result';
      i = next;
    }
    return 0;
  }

  #one<T extends Element>(selector: string): T {
    const el = this.querySelector<T>(selector);
    if (!el) throw new Error(`<iop-quiz>: missing ${selector}`);
    return el;
  }

  #answers(): Answers {
    const answers = new Map<string, string>();
    for (const fs of this.#steps) {
      const checked = fs.querySelector<HTMLInputElement>('input:checked');
      if (checked && fs.dataset['q']) answers.set(fs.dataset['q'], checked.value);
    }
    return answers;
  }

  #view(view: 'questions' | 'result'): void {
    this.dataset['view'] = view;
    this.#one<HTMLElement>('[data-form]').hidden = view !== 'questions';
    this.#one<HTMLElement>('[data-result]').hidden = view !== 'result';
  }

  /** Shows question `index`; moves focus to its heading (which starts "Question n of N"). */
  #show(index: number, focus = true): void {
    this.#index = index;
    this.#view('questions');
    this.#steps.forEach((fs, i) => (fs.hidden = i !== index));
    this.#one<HTMLElement>('[data-action=back]').hidden = index === 0;
    this.#setError(false);
    this.#updateNextLabel();
    if (focus) this.#focus(this.#steps[index]?.querySelector('h2'), this.#one('[data-form]'));
  }

  /**
   * Moves focus to a heading (so screen readers read it, progress first) and
   * brings the top of `top` into view: focusing alone would scroll only as
   * far as the heading, leaving a crisis panel or the progress off screen.
   */
  #focus(heading: HTMLElement | null | undefined, top: Element): void {
    heading?.focus({ preventScroll: true });
    const y = top.getBoundingClientRect().top;
    if (y < 0 || y > window.innerHeight / 2) top.scrollIntoView(JUMP);
  }

  #next(): void {
    const current = this.#steps[this.#index];
    if (!current?.querySelector('input:checked')) {
      this.#setError(true);
      current?.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    this.#go(nextStep(this.#model, this.#answers(), this.#index, this.#reviewing));
  }

  #restart(): void {
    this.#one<HTMLFormElement>('[data-form]').reset();
    this.#reviewing = false;
    this.#updateWording();
    this.#updateCrisis();
    this.#go(0);
  }

  #setError(on: boolean): void {
    const error = this.#one<HTMLElement>('[data-error]');
    error.textContent = on ? (error.dataset['message'] ?? '') : '';
  }

  #updateNextLabel(): void {
    const toResult = nextStep(this.#model, this.#answers(), this.#index, this.#reviewing) === 'result';
    this.#one<HTMLElement>('[data-label=next]').hidden = toResult;
    this.#one<HTMLElement>('[data-label=result]').hidden = !toResult;
  }

  /**
   * Words follow the "who is this for" answer: CSS shows the reader's or the
   * loved one's version, and adult or teen hours, by these two attributes.
   */
  #updateWording(): void {
    const { audience, age } = grade(this.#model, this.#answers());
    this.dataset['audience'] = audience;
    this.dataset['age'] = age;
  }

  /**
   * A danger answer puts help at the top of the quiz at once, and announces
   * it: 988 first for a crisis, 911 first for a medical emergency.
   */
  #updateCrisis(): void {
    const region = this.#one<HTMLElement>('[data-crisis]');
    const level: Level | undefined = dangerLevel(this.#model, this.#answers());
    const shown = region.querySelector<HTMLElement>('[data-danger]')?.dataset['danger'];
    if (level === shown) return;
    region.replaceChildren();
    if (!level) return;
    region.append(this.#one<HTMLTemplateElement>(`[data-crisis-template="${level}"]`).content.cloneNode(true));
    // Seen at once, not just announced: bring the whole panel on screen.
    const { top, bottom } = region.getBoundingClientRect();
    if (top < 0 || bottom > window.innerHeight) region.scrollIntoView(JUMP);
  }

  /** The ladder's spoken name says which step is the result: a thick border is only seen. */
  #nameMarkedStep(outcome: string): void {
    const holder = this.querySelector<HTMLElement>('[data-quiz-figure]');
    const svg = holder?.querySelector('svg');
    if (!holder || !svg) return;
    const base = (svg.dataset['alt'] ??= svg.getAttribute('aria-label') ?? '');
    const label = [...(svg.querySelector(`rect[data-step="${CSS.escape(outcome)}"] + text`)?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent).join(' ');
    svg.setAttribute('aria-label', label ? `${base} ${(holder.dataset['resultName'] ?? '').replace('{level}', label)}` : base);
  }

  /**
   * A hard word's definition (`{term}` in the YAML, a [data-term] span) stays
   * only where the reader first meets it on this result, on screen and on
   * paper. Runs once the result is shown: a span in a hidden reason or note,
   * or in the other audience's wording, has no boxes and does not count.
   */
  #defineOnce(): void {
    const spans = [...this.querySelectorAll<HTMLElement>('[data-result] [data-term]')];
    for (const el of spans) el.hidden = false;
    const seen = new Set<string>();
    for (const el of spans) {
      if (el.getClientRects().length === 0) continue;
      const term = el.dataset['term'] ?? '';
      if (seen.has(term)) el.hidden = true;
      else seen.add(term);
    }
  }

  #showResult(): void {
    const answers = this.#answers();
    const result = grade(this.#model, answers);
    const reasons = new Set(result.reasons.map(choiceKey));
    const also = new Set(result.also.map(choiceKey));
    const notes = new Set(result.notes);
    this.dataset['audience'] = result.audience;
    this.dataset['age'] = result.age;
    // The ladder picture marks the result's own step; results with no step show no picture.
    this.dataset['resultLevel'] = result.outcome;
    const toggle = (selector: string, show: (el: HTMLElement) => boolean) =>
      this.querySelectorAll<HTMLElement>(selector).forEach((el) => (el.hidden = !show(el)));

    toggle('[data-outcome]', (el) => el.dataset['outcome'] === result.outcome);
    toggle('[data-result] [data-for]', (el) => el.dataset['for'] === result.outcome);
    toggle('[data-reasons] [data-choice]', (el) => reasons.has(el.dataset['choice'] ?? ''));
    toggle('[data-also] [data-choice]', (el) => also.has(el.dataset['choice'] ?? ''));
    toggle('[data-also]', () => also.size > 0);
    toggle('[data-notes] [data-note]', (el) => notes.has(el.dataset['note'] ?? ''));
    toggle('[data-notes]', () => notes.size > 0);
    toggle('[data-quiz-figure]', (el) => (el.dataset['quizFigure'] ?? '').split(' ').includes(result.outcome));
    this.#nameMarkedStep(result.outcome);
    // Choosing a program can wait while someone is in danger.
    toggle('[data-ask]', () => !result.danger);
    toggle('[data-summary]', (el) => answers.has(el.dataset['summary'] ?? ''));
    toggle('[data-summary] [data-answer]', (el) => {
      const row = el.closest<HTMLElement>('[data-summary]');
      return answers.get(row?.dataset['summary'] ?? '') === el.dataset['answer'];
    });

    this.#reviewing = false;
    const printedOn = this.querySelector<HTMLElement>('[data-printed-on]');
    if (printedOn) {
      const date = new Date().toLocaleDateString(printedOn.dataset['lang'] || undefined, { dateStyle: 'long' });
      printedOn.textContent = (printedOn.dataset['template'] ?? '').replace('{date}', date);
    }
    this.#updateCrisis();
    this.#view('result');
    this.#defineOnce();
    // Crisis help is read first when there is danger; otherwise the result.
    if (result.danger) this.#focus(this.querySelector<HTMLElement>('[data-crisis-heading]'), this);
    else this.#focus(this.querySelector<HTMLElement>('#quiz-result-heading'), this.#one('[data-result]'));
  }
}

/** The alternatives an answer carries in `data-instead` (JSON written by Quiz.astro). */
function readAlternatives(json: string): Alternative[] {
  const raw = JSON.parse(json) as { if: Record<string, string[]>; level?: string; note?: string }[];
  return raw.map((alt) => ({ if: alt.if, level: isLevel(alt.level) ? alt.level : undefined, note: alt.note }));
}

if (!customElements.get('iop-quiz')) customElements.define('iop-quiz', IopQuiz);
