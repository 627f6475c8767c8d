import { findSection, subsections, paragraphs, parseInline, inlineText } from './mdx-sections';

/**
 * schema.org data (JSON-LD) that tells search engines and link previews what
 * a page is: who it is for, what it is about, when a person last reviewed it,
 * where it sits in the site, and its questions and answers.
 * @see https://schema.org/MedicalWebPage
 * @see https://schema.org/BreadcrumbList
 * @see https://schema.org/FAQPage
 */

type Json = Record<string, unknown>;

/** The guide section whose `###` questions become FAQPage data. */
export const FAQ_SECTION = 'Common questions';

export interface PageFacts {
  /** Canonical URL of the page. */
  url: string;
  name: string;
  description: string;
  /** Absolute URL of the page's preview image. */
  image?: string | undefined;
  /** BCP 47 language of the page, e.g. "en". */
  inLanguage: string;
  site: { name: string; url: string };
}

/** Who a guide is for (src/schemas/guide.ts `audience`), as schema.org audiences. */
export const AUDIENCE_TYPES = {
  patients: { '@type': 'MedicalAudience', audienceType: 'Patient' },
  families: { '@type': 'Audience', audienceType: 'Family members and caregivers' },
  professionals: { '@type': 'MedicalAudience', audienceType: 'Clinician' },
} as const;
export type AudienceKey = keyof typeof AUDIENCE_TYPES;

/** YYYY-MM-DD, the form schema.org dates take. */
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function pageCore(type: string, page: PageFacts): Json {
  return {
    '@type': type,
    '@id': `${page.url}#webpage`,
    url: page.url,
    name: page.name,
    description: page.description,
    inLanguage: page.inLanguage,
    // The preview image, as a plain URL (its size is in the og:image tags).
    ...(page.image ? { image: page.image } : {}),
    isPartOf: { '@type': 'WebSite', name: page.site.name, url: page.site.url },
  };
}

/** Any page of the site. */
export function webPage(page: PageFacts): Json {
  return pageCore('WebPage', page);
}

/** A page of health information, reviewed by a person on `lastReviewed`. */
export function medicalWebPage(
  page: PageFacts & { lastReviewed: Date; audience: readonly AudienceKey[]; about: { therapy: string; condition: string } },
): Json {
  return {
    ...pageCore('MedicalWebPage', page),
    lastReviewed: isoDate(page.lastReviewed),
    audience: page.audience.map((a) => AUDIENCE_TYPES[a]),
    about: [
      { '@type': 'MedicalTherapy', name: page.about.therapy },
      { '@type': 'MedicalCondition', name: page.about.condition },
    ],
  };
}

/** The trail from the home page to this page; the last item is the page itself. */
export function breadcrumbList(trail: { name: string; url: string }[]): Json {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  };
}

export interface Faq {
  question: string;
  answer: string;
}

/**
 * The questions and answers of a guide's "## Common questions" section: each
 * `###` heading is a question and the paragraphs under it are its answer, as
 * plain text (links keep their words; citation marks are dropped). Empty when
 * the guide has no such section.
 */
export function commonQuestions(body: string): Faq[] {
  const section = findSection(body, FAQ_SECTION);
  if (section === undefined) return [];
  return subsections(section)
    .items.map(({ heading, body: text }) => ({
      question: inlineText(parseInline(heading)),
      answer: paragraphs(text)
        .map((p) => inlineText(parseInline(p)))
        .join('\n\n'),
    }))
    .filter((f) => f.answer !== '');
}

/** FAQPage data for a page's questions, or undefined when there are none. */
export function faqPage(url: string, faqs: Faq[]): Json | undefined {
  if (faqs.length === 0) return undefined;
  return {
    '@type': 'FAQPage',
    url,
    mainEntity: faqs.map((f) => ({
      '@type': 'Question',
      name: f.question,
      acceptedAnswer: { '@type': 'Answer', text: f.answer },
    })),
  };
}

/**
 * The text of a `<script type="application/ld+json">` block: one @graph.
 * `<`, `>` and `&` are escaped so no text in the data can close the script
 * element early; U+2028/U+2029 so older parsers read it as JSON.
 */
export function jsonLd(items: (Json | undefined)[]): string {
  const graph = items.filter((i): i is Json => i !== undefined);
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph })
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Everything schema.org says about one guide: the page, where it sits, and its common questions. */
export function guideStructuredData(
  page: PageFacts,
  guide: { title: string; lastReviewed: Date; audience: readonly AudienceKey[]; body: string },
  words: { home: string; guides: string; therapy: string; condition: string },
): (Json | undefined)[] {
  return [
    medicalWebPage({ ...page, lastReviewed: guide.lastReviewed, audience: guide.audience, about: { therapy: words.therapy, condition: words.condition } }),
    breadcrumbList([
      { name: words.home, url: page.site.url },
      { name: words.guides, url: new URL('/guides/', page.site.url).href },
      { name: guide.title, url: page.url },
    ]),
    faqPage(page.url, commonQuestions(guide.body)),
  ];
}
