/**
 * Words that carry little meaning in a reader's question ("how do I …",
 * "what is the …"). Pagefind matches every word of a query, so a question
 * that uses one word a guide happens not to contain finds nothing; the
 * retry drops these words and keeps the ones that say what the reader wants.
 *
 * Reviewed by hand, kept short on purpose: a word belongs here only if
 * dropping it never loses what a question is about. Not here, although
 * common: "not" ("not enough", "not sure"), "help", "after", "first", "long", "work", "right", "enough",
 * "family" (each changes which guide answers).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // question words and helpers
  'how', 'what', 'whats', 'when', 'where', 'which', 'who', 'whom', 'why', 'whether',
  'do', 'does', 'did', 'doing', 'done', 'is', 'are', 'am', 'was', 'were', 'be', 'been', 'being',
  'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must',
  'have', 'has', 'had', 'having', 'get', 'gets', 'got', 'go', 'going', 'goes',
  'need', 'needs', 'want', 'wants', 'really', 'actually', 'just', 'still', 'also',
  // pronouns
  'i', 'im', 'ive', 'me', 'my', 'mine', 'myself', 'you', 'your', 'yours', 'we', 'us', 'our',
  'he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'it', 'its', 'itself',
  'this', 'that', 'these', 'those', 'there', 'here', 'someone', 'something', 'anything',
  // articles, prepositions, conjunctions
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'so', 'than', 'then', 'as',
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'about', 'into', 'onto',
  'up', 'down', 'out', 'over', 'under', 'between', 'during', 'while', 'instead',
  // quantities and fillers
  'much', 'many', 'some', 'any', 'all', 'more', 'most', 'very', 'too', 'no', 'dont', 'cant',
  'please', 'tell', 'know', 'like', 'kind', 'sort', 'way', 'ways', 'thing', 'things',
  // asking for a definition: the intent is read from the whole query (asksForDefinition in words.ts)
  'define', 'definition', 'meaning', 'mean', 'means',
]);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
