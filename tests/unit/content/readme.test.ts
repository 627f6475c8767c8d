import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTENT } from '../../support/content-files';
import { guideName } from '../../../src/schemas/guide-ref';
import { makeGuideSchema } from '../../../src/schemas/guide';
import { sourceSchema } from '../../../src/schemas/source';
import { figureSchema, toolSchema, nextStepsSchema } from '../../../src/schemas/figure';
import { pageSchema } from '../../../src/schemas/page';
import { makeGlossaryTermSchema } from '../../../src/schemas/glossary';
import { makeQuizSchema } from '../../../src/schemas/quiz';
import { makeReferralStaffSchema } from '../../../src/schemas/referral-staff';

// content/README.md is the editors' reference: each of its field tables must
// list exactly the fields the schema has, so it never drifts from the build.
const readme = readFileSync(resolve(CONTENT, 'README.md'), 'utf8');

/** The `field` names in the first column of the table under `heading`. */
function tableFields(heading: string): string[] {
  const start = readme.search(new RegExp(`^#+ ${heading}$`, 'm'));
  if (start < 0) return [`(no heading "${heading}")`];
  const rest = readme.slice(start).split('\n').slice(1).join('\n');
  const section = rest.slice(0, rest.search(/^#/m) >>> 0);
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!).sort();
}

const keys = (shape: object) => Object.keys(shape).sort();
const guide = makeGuideSchema(guideName);
const quiz = makeQuizSchema(guideName).shape;
const question = quiz.questions.element.shape;
const referral = makeReferralStaffSchema(guideName).shape;

const tables: [string, object][] = [
  ['Guide fields', guide.shape],
  ['Source fields', sourceSchema.shape],
  ['Figure fields', figureSchema.shape],
  ['Tool fields', toolSchema.shape],
  ['Next step fields', nextStepsSchema.element.shape],
  ['Page fields', pageSchema.shape],
  ['Glossary term fields', makeGlossaryTermSchema(guideName).shape],
  ['Self-check fields', quiz],
  ['Question fields', question],
  ['Answer fields', question.answers.element.shape],
  ['Outcome fields', quiz.outcomes.element.shape],
  ['Note fields', quiz.notes.unwrap().element.shape],
  ['Term fields', quiz.terms.unwrap().element.shape],
  ['Referral staff fields', referral],
  ['Section fields', referral.whatIsIop.shape],
  ['Share link fields', referral.share.shape.links.element.shape],
];

describe('content/README.md', () => {
  it.each(tables)('lists every field in "%s", and no other', (heading, shape) => {
    expect(tableFields(heading)).toEqual(keys(shape));
  });

  it('points only to files inside the repository', () => {
    expect(readme).not.toMatch(/\.\.\/shared|\/work\/|shared\/reviews/);
  });
});
