/**
 * The synonym map: the words readers type, next to the words the guides use.
 *
 * Pagefind 1.6 has no synonym option (its search options are baseUrl,
 * indexWeight, excerptLength, excerptEllipsis, mergeFilter, highlightParam,
 * ranking, exactDiacritics and metaCacheTag), so src/lib/search/plan.ts
 * turns each entry into extra searches and merges the results.
 *
 * Rules for changing it (every change is a content decision, so review it
 * like one):
 * - Add a word only when a real question missed the guide that answers it;
 *   add that question to tests/fixtures/search-golden.json in the same change.
 * - A group holds words with the same meaning *for this site*. Words in a
 *   group expand to each other, both ways.
 * - ONE_WAY widens a word the guides use to related words, but not back
 *   ("job" → "work"; "does IOP work" is not about jobs).
 * - READER_WORDS are words readers use where the guides say something else
 *   (brand names, family members, "rehab") → the guides' words, the most
 *   common first. A search in the reader's word can match only by accident,
 *   so it counts less than the same search in the guides' words.
 * - Unit tests hold the map to the guides: every word in a group is used by
 *   some guide, and each reader word by fewer guides than its first
 *   replacement (tests/unit/lib/search/search.test.ts).
 * - Pagefind already matches word beginnings ("pay" finds "paying") and
 *   English word endings, so list one form of each word.
 * - Phrases are written with spaces; hyphens in a query become spaces
 *   ("12-step" → "12 step").
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['cost', 'pay', 'price', 'afford', 'insurance'],
  ['detox', 'withdrawal'],
  ['mutual help', 'twelve step'],
  ['step down', 'after residential'],
  ['relapse', 'lapse', 'use again'],
  ['php', 'partial hospitalization'],
  ['iop', 'intensive outpatient'],
  ['online', 'telehealth'],
  ['therapy', 'counseling'],
  ['recovery housing', 'sober living'],
  ['benefit', 'advantage'],
];

export const ONE_WAY: Readonly<Record<string, readonly string[]>> = {
  // not a group: "does IOP work" is about results, not jobs
  job: ['work', 'employer'],
  school: ['work'],
  child: ['family'],
  partner: ['family'],
  money: ['cost', 'pay'],
  free: ['cost', 'pay'],
  covered: ['insurance', 'pay'],
  coverage: ['insurance', 'pay'],
  medicaid: ['insurance'],
  drink: ['alcohol'],
  drinking: ['alcohol'],
  drugs: ['drug', 'substance'],
  addiction: ['substance use'],
  slip: ['relapse', 'lapse'],
  halfway: ['recovery housing'],
  inpatient: ['residential', 'hospital'],
  schedule: ['hours', 'week'],
  aftercare: ['continuing care'],
  meetings: ['mutual help', 'twelve step'],
};

export const READER_WORDS: Readonly<Record<string, readonly string[]>> = {
  // family members → the guides' "family member"
  son: ['family'],
  daughter: ['family'],
  kid: ['family'],
  husband: ['family'],
  wife: ['family'],
  spouse: ['family'],
  parent: ['family'],
  mom: ['family'],
  dad: ['family'],
  mother: ['family'],
  father: ['family'],
  brother: ['family'],
  sister: ['family'],
  boyfriend: ['family'],
  girlfriend: ['family'],
  'loved one': ['family'],
  teenager: ['teen'],
  adolescent: ['teen'],
  // group names the guides now write out (plain terms: few acronyms)
  aa: ['mutual help', 'twelve step'],
  na: ['mutual help', 'twelve step'],
  // moving between levels of care
  'after inpatient': ['step down', 'after residential'],
  'after hospital': ['step down', 'after residential'],
  'after rehab': ['step down', 'after residential'],
  rehab: ['treatment'],
  // medicines by brand name → the generic names the guides use
  suboxone: ['buprenorphine', 'medicine'],
  subutex: ['buprenorphine', 'medicine'],
  sublocade: ['buprenorphine', 'medicine'],
  vivitrol: ['naltrexone', 'medicine'],
  antabuse: ['disulfiram', 'medicine'],
  // everyday words → the guides' words
  medication: ['medicine'],
  meds: ['medicine'],
  '12 step': ['twelve step', 'mutual help'],
  virtual: ['online', 'telehealth'],
  zoom: ['online', 'telehealth'],
  expensive: ['cost', 'afford'],
  boss: ['work', 'employer'],
  career: ['work'],
  alcoholic: ['alcohol'],
  addicted: ['substance use'],
  urine: ['drug test'],
  force: ['make'],
  downside: ['challenge'],
  disadvantage: ['challenge'],
  cons: ['challenge'],
  pros: ['advantage'],
  afterwards: ['continuing care'],
};
