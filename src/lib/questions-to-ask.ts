import { findSection, subsections, paragraphs, parseInline, inlineText, type Inline } from './mdx-sections.ts';

/** The guide the checklist comes from: content/guides/<slug>.mdx. */
export const QUESTIONS_GUIDE = 'does-iop-work';
/** The guide section the printable checklist at /questions-to-ask/ is made from. */
export const QUESTIONS_SECTION = 'Questions to ask a program';
/** Each question's explanation starts with this label in the guide. */
export const WHY_LABEL = 'Why ask:';

export interface ChecklistQuestion {
  /** The `###` heading: the question to ask. */
  question: string;
  /** Why it matters: the "Why ask:" paragraph (label removed) and any paragraphs after it. */
  why: Inline[][];
}

export interface Checklist {
  /** Paragraphs between the section heading and the first question. */
  intro: Inline[][];
  questions: ChecklistQuestion[];
}

/**
 * Builds the question checklist from a guide's MDX body. Throws an error that
 * names `file` when the section, its questions or a "Why ask:" paragraph is
 * missing, so a content edit can never silently empty the printed checklist.
 */
export function questionsChecklist(body: string, file: string): Checklist {
  const section = findSection(body, QUESTIONS_SECTION);
  const where = `${file}: the printable checklist at /questions-to-ask/ is built from the "## ${QUESTIONS_SECTION}" section`;
  if (section === undefined) {
    throw new Error(`${where}, but the guide has no such section. Put it back (one "### question" each, followed by a "${WHY_LABEL}" paragraph).`);
  }
  const { intro, items } = subsections(section);
  if (items.length === 0) {
    throw new Error(`${where}, but the section has no "### question" headings.`);
  }
  const questions = items.map(({ heading, body: text }) => {
    const [first, ...rest] = paragraphs(text);
    if (!first?.startsWith(WHY_LABEL)) {
      throw new Error(`${where}: the question "${heading}" must be followed by a paragraph that starts with "${WHY_LABEL}".`);
    }
    return {
      question: inlineText(parseInline(heading)),
      why: [first.slice(WHY_LABEL.length), ...rest].map(parseInline),
    };
  });
  return { intro: paragraphs(intro).map(parseInline), questions };
}

/** Ids of the guide sources the checklist cites, in order of first use. */
export function citedSourceIds(checklist: Checklist): string[] {
  const ids: string[] = [];
  const all = [...checklist.intro, ...checklist.questions.flatMap((q) => q.why)].flat();
  for (const i of all) if (i.type === 'cite' && !ids.includes(i.id)) ids.push(i.id);
  return ids;
}
