import { describe, it, expect } from 'vitest';
import QRCode from 'qrcode';
import { readMdx } from '../../support/content-files';
import { findSection, subsections, paragraphs, parseInline, inlineText, smartQuotes } from '../../../src/lib/mdx-sections';
import { questionsChecklist, citedSourceIds, QUESTIONS_GUIDE } from '../../../src/lib/questions-to-ask';
import {
  commonQuestions,
  faqPage,
  medicalWebPage,
  breadcrumbList,
  webPage,
  guideStructuredData,
  jsonLd,
  type PageFacts,
} from '../../../src/lib/structured-data';
import { absoluteUrl, isSitePath, ogImagePath, robotsTxt, typeableUrl } from '../../../src/lib/share-urls';
import { qrCodeFile, qrImagePath } from '../../../src/lib/qr-code';
import { reviewDateOf, lastmodByPath, readReviewDates } from '../../../src/integrations/review-dates';
import { loadOgFonts, renderOgImage, pngSize, titleSize } from '../../../src/integrations/og-image-render';
import { CONTENT } from '../../support/content-files';

const guides = readMdx('guides');
const questionsGuide = guides.find((g) => g.slug === QUESTIONS_GUIDE)!;

const BODY = `Intro text.

## First part

Words here.

## Common Questions

Before the first.

### Is it *really* free?

Yes, it is free. <Cite id="samhsa" />
See [the guide](/guides/paying-for-iop/).

Second paragraph.

### Empty one?

## After

Not in the section.
`;

describe('reading guide sections', () => {
  it('finds a ## section by its heading, ignoring case, and stops at the next ## heading', () => {
    const section = findSection(BODY, 'Common questions')!;
    expect(section).toContain('### Is it *really* free?');
    expect(section).not.toContain('Not in the section');
    expect(findSection(BODY, 'Missing')).toBeUndefined();
  });

  it('splits a section at its ### headings', () => {
    const { intro, items } = subsections(findSection(BODY, 'Common questions')!);
    expect(intro.trim()).toBe('Before the first.');
    expect(items.map((i) => i.heading)).toEqual(['Is it *really* free?', 'Empty one?']);
  });

  it('joins the lines of each paragraph', () => {
    expect(paragraphs('One\ntwo.\n\n\nThree.')).toEqual(['One two.', 'Three.']);
  });

  it('parses text, links and citations, dropping emphasis marks', () => {
    expect(parseInline('A **bold** [link](/quiz/) here. <Cite id="tip47" />')).toEqual([
      { type: 'text', value: 'A bold ' },
      { type: 'link', text: 'link', href: '/quiz/' },
      { type: 'text', value: ' here. ' },
      { type: 'cite', id: 'tip47' },
    ]);
  });

  it('curls quotes and apostrophes as the rendered guide does, also next to links', () => {
    expect(smartQuotes(`What if I can't? She said "yes" and 'no'.`)).toBe('What if I can’t? She said “yes” and ‘no’.');
    expect(inlineText(parseInline(`Read [NIAAA](/x/)'s "guide".`))).toBe('Read NIAAA’s “guide”.');
  });

  it('reads inline content as plain words, without citation marks or stray spaces', () => {
    expect(inlineText(parseInline('Yes. <Cite id="a" /> Read [this](/x/) , now.'))).toBe('Yes. Read this, now.');
  });
});

describe('the "Questions to ask a program" checklist', () => {
  const checklist = questionsChecklist(questionsGuide.body, questionsGuide.file);

  it('takes every ### question of the guide section, in order', () => {
    const headings = subsections(findSection(questionsGuide.body, 'Questions to ask a program')!).items.map((i) => i.heading);
    expect(checklist.questions.map((q) => q.question)).toEqual(headings);
    expect(checklist.questions[0]!.question).toBe('Is the program licensed, and what training do your staff have?');
  });

  it('keeps each "Why ask:" explanation without the label', () => {
    for (const q of checklist.questions) {
      const text = inlineText(q.why[0]!);
      expect(text.length, q.question).toBeGreaterThan(20);
      expect(text.startsWith('Why ask')).toBe(false);
    }
  });

  it('lists the sources it cites, each one a source of the guide', () => {
    const ids = citedSourceIds(checklist);
    const guideIds = (questionsGuide.frontmatter.sources as { id: string }[]).map((s) => s.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !guideIds.includes(id))).toEqual([]);
  });

  it('fails naming the file when the section is missing', () => {
    expect(() => questionsChecklist('## Something else\n\nText.', 'content/guides/x.mdx')).toThrow(
      /content\/guides\/x\.mdx: .*"## Questions to ask a program" section, but the guide has no such section/,
    );
  });

  it('fails when the section has no questions, or a question has no "Why ask:"', () => {
    expect(() => questionsChecklist('## Questions to ask a program\n\nJust text.', 'f.mdx')).toThrow(/no "### question" headings/);
    expect(() => questionsChecklist('## Questions to ask a program\n\n### Is it open?\n\nYes.', 'f.mdx')).toThrow(
      /the question "Is it open\?" must be followed by a paragraph that starts with "Why ask:"/,
    );
  });
});

describe('FAQ data from "## Common questions"', () => {
  it('makes one question and answer per ### heading, in plain text', () => {
    expect(commonQuestions(BODY)).toEqual([
      { question: 'Is it really free?', answer: 'Yes, it is free. See the guide.\n\nSecond paragraph.' },
    ]);
  });

  it('gives nothing for a guide without the section, and no FAQPage', () => {
    expect(commonQuestions('## Other\n\n### Q?\n\nA.')).toEqual([]);
    expect(faqPage('https://x.example/', [])).toBeUndefined();
  });

  it('reads every guide that has the section, with no MDX left in the answers', () => {
    const withFaq = guides.filter((g) => /^## Common questions\s*$/m.test(g.body));
    expect(withFaq.length).toBeGreaterThan(0);
    for (const g of withFaq) {
      const faqs = commonQuestions(g.body);
      expect(faqs.length, g.file).toBeGreaterThan(0);
      for (const f of faqs) expect(f.answer, g.file).not.toMatch(/<Cite|\]\(|\*\*/);
    }
  });
});

describe('schema.org data', () => {
  const facts: PageFacts = {
    url: 'https://x.example/guides/a/',
    name: 'A guide',
    description: 'About A.',
    image: 'https://x.example/og/guides/a.png',
    inLanguage: 'en',
    site: { name: 'X', url: 'https://x.example/' },
  };

  it('describes a guide as a MedicalWebPage with its review date, audiences and subject', () => {
    const page = medicalWebPage({ ...facts, lastReviewed: new Date('2026-11-27'), audience: ['patients', 'professionals'], about: { therapy: 'IOP', condition: 'SUD' } });
    expect(page).toMatchObject({
      '@type': 'MedicalWebPage',
      name: 'A guide',
      description: 'About A.',
      url: facts.url,
      lastReviewed: '2026-11-27',
      audience: [{ '@type': 'MedicalAudience', audienceType: 'Patient' }, { '@type': 'MedicalAudience', audienceType: 'Clinician' }],
      about: [{ '@type': 'MedicalTherapy', name: 'IOP' }, { '@type': 'MedicalCondition', name: 'SUD' }],
      image: facts.image,
    });
  });

  it('numbers breadcrumbs from 1', () => {
    expect(breadcrumbList([{ name: 'Home', url: 'https://x.example/' }, { name: 'A', url: facts.url }])).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.example/' },
        { '@type': 'ListItem', position: 2, name: 'A', item: facts.url },
      ],
    });
  });

  it('gives a guide a page, a three-step trail, and FAQ data when it has common questions', () => {
    const words = { home: 'Home', guides: 'Guides', therapy: 'IOP', condition: 'SUD' };
    const data = guideStructuredData(facts, { title: 'A guide', lastReviewed: new Date('2026-01-02'), audience: ['families'], body: BODY }, words);
    expect(data.map((d) => d?.['@type'])).toEqual(['MedicalWebPage', 'BreadcrumbList', 'FAQPage']);
    expect((data[1] as { itemListElement: { item: string }[] }).itemListElement.map((i) => i.item)).toEqual([
      'https://x.example/',
      'https://x.example/guides/',
      facts.url,
    ]);
    expect(guideStructuredData(facts, { title: 'A', lastReviewed: new Date(), audience: ['families'], body: 'No FAQ.' }, words)[2]).toBeUndefined();
  });

  it('writes one @graph that cannot close its <script> element early', () => {
    const text = jsonLd([webPage({ ...facts, name: 'Bad </script><script>alert(1)</script> & co' }), undefined]);
    expect(text).not.toMatch(/<|>|&/);
    const parsed = JSON.parse(text);
    expect(parsed['@context']).toBe('https://schema.org');
    expect(parsed['@graph']).toHaveLength(1);
    expect(parsed['@graph'][0].name).toBe('Bad </script><script>alert(1)</script> & co');
  });
});

describe('share and print URLs', () => {
  it('makes site paths absolute from the site URL and leaves other sites alone', () => {
    expect(absoluteUrl('/glossary/#iop', 'https://iop.example')).toBe('https://iop.example/glossary/#iop');
    expect(absoluteUrl('https://988lifeline.org/', 'https://iop.example')).toBe('https://988lifeline.org/');
  });

  it('tells site paths from anchors, phone links and other sites', () => {
    expect(isSitePath('/quiz/')).toBe(true);
    for (const href of ['#x', 'tel:988', 'https://a.example/', '//cdn.example/x']) expect(isSitePath(href), href).toBe(false);
  });

  it('writes URLs the way people type them', () => {
    expect(typeableUrl('https://iop.example/quiz/')).toBe('iop.example/quiz/');
  });

  it('names one preview image per page path', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/guides/what-is-iop/')).toBe('/og/guides/what-is-iop.png');
    expect(ogImagePath('/404.html')).toBe('/og/404.png');
    expect(ogImagePath('/about/index.html')).toBe('/og/about.png');
    expect(() => ogImagePath('/guides/../../etc/')).toThrow(/Not a page path/);
  });

  it('names the sitemap in robots.txt with its full URL', () => {
    expect(robotsTxt('https://iop.example')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://iop.example/sitemap-index.xml\n');
  });
});

describe('qrCodeFile', () => {
  const url = 'https://iop-guide.example/guides/does-iop-work/';

  it('is a standalone SVG file, with no style attribute for the CSP to block', async () => {
    const svg = await qrCodeFile(url);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toMatch(/style=/);
  });

  it('draws exactly the modules that encode the URL, inside a 4-module quiet zone', async () => {
    const svg = await qrCodeFile(url);
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const size = modules.size;
    expect(svg).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`);
    // Re-draw the path's horizontal runs into a grid and compare with the encoder's matrix.
    const d = /<path stroke="#000000" d="([^"]+)"/.exec(svg)![1]!;
    const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
    let x = 0;
    let y = 0;
    for (const [, cmd, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
      if (cmd === 'M') {
        x = Number(a);
        y = Number(b) - 0.5;
      } else if (cmd === 'm') x += Number(a);
      else {
        for (let i = 0; i < Number(a); i++) grid[y - 4]![x - 4 + i] = true;
        x += Number(a);
      }
    }
    const expected = Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => modules.get(r, c) === 1));
    expect(grid).toEqual(expected);
  });

  it('lives at one file per page, named after the page path', () => {
    expect(qrImagePath('/guides/does-iop-work/')).toBe('/qr/guides/does-iop-work.svg');
    expect(qrImagePath('/referral-staff/')).toBe('/qr/referral-staff.svg');
    expect(() => qrImagePath('/')).toThrow(/home page/);
  });
});

describe('sitemap review dates', () => {
  it('reads lastReviewed from frontmatter or a YAML file', () => {
    expect(reviewDateOf('---\ntitle: x\nlastReviewed: 2026-11-27\n---\nBody')).toBe('2026-11-27');
    expect(reviewDateOf('title: x\nlastReviewed: 2025-01-02\n')).toBe('2025-01-02');
    expect(reviewDateOf('---\ntitle: x\n---\n')).toBeUndefined();
  });

  it('dates each page by its own review, lists by their newest guide, and leaves undated pages out', () => {
    const map = lastmodByPath({
      guides: new Map([
        ['does-iop-work', '2026-01-01'],
        ['b', '2026-03-01'],
      ]),
      pages: new Map([['about', '2025-05-05']]),
      quiz: '2026-02-02',
      referralStaff: '2026-04-04',
    });
    expect(Object.fromEntries(map)).toEqual({
      '/guides/does-iop-work/': '2026-01-01',
      '/guides/b/': '2026-03-01',
      '/about/': '2025-05-05',
      '/': '2026-03-01',
      '/guides/': '2026-03-01',
      '/quiz/': '2026-02-02',
      '/referral-staff/': '2026-04-04',
      '/questions-to-ask/': '2026-01-01',
    });
    expect(map.has('/glossary/')).toBe(false);
  });

  it('finds a review date for every guide in the content folder', () => {
    const dates = readReviewDates(CONTENT);
    expect([...dates.guides.keys()].sort()).toEqual(guides.map((g) => g.slug).sort());
    expect(dates.referralStaff).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reads, from the same pass, the next review of every guide and the self-check, for the overdue warning', () => {
    const { nextReviews } = readReviewDates(CONTENT);
    expect(nextReviews.map((r) => r.file).sort()).toEqual([...guides.map((g) => `content/guides/${g.slug}.mdx`), 'content/quiz/iop-self-check.yaml'].sort());
    expect(nextReviews.filter((r) => Number.isNaN(r.nextReview.getTime()))).toEqual([]);
  });
});

describe('preview images', () => {
  it('reads the size from a PNG header and refuses other files', () => {
    const header = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 4, 176, 0, 0, 2, 118]);
    expect(pngSize(header)).toEqual({ width: 1200, height: 630 });
    expect(() => pngSize(new TextEncoder().encode('GIF89a but long enough to pass'))).toThrow(/Not a PNG/);
  });

  it('uses smaller type for longer titles', () => {
    expect(titleSize('Short')).toBeGreaterThan(titleSize('A title that is quite a lot longer than forty characters'));
    expect(titleSize('x'.repeat(71))).toBeLessThan(titleSize('x'.repeat(60)));
  });

  it('draws a 1200 x 630 PNG', async () => {
    const png = await renderOgImage({ title: 'Is an IOP right for me?', siteName: 'IOP Guide', tagline: 'Plain words' }, loadOgFonts());
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  }, 20_000);
});
