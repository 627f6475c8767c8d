import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseYaml } from '../../src/lib/frontmatter';
import { quizSchema, type Quiz } from '../../src/schemas/quiz';

export const QUIZ_FILE = 'content/quiz/iop-self-check.yaml';

/** The raw YAML of the real self-check, as an editor wrote it. */
export function readQuizYaml(): unknown {
  return parseYaml(readFileSync(resolve(import.meta.dirname, '../..', QUIZ_FILE), 'utf8'));
}

/** The real self-check, validated by the same schema the build uses. */
export function loadQuiz(): Quiz {
  return quizSchema.parse(readQuizYaml());
}
