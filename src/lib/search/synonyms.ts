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
 * - An alias is one-way: a word readers use that the guides never do
 *   (brand names, everyday words) → the words the guides use.
 * - Pagefind already matches word beginnings ("pay" finds "paying") and
 *   English word endings, so list one form of each word.
 * - Phrases are written with spaces; hyphens in a query become spaces
 *   ("12-step" → "12 step").
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['cost', 'price', 'pay', 'afford', 'insurance'],
  ['detox', 'withdrawal'],
  ['aa', 'na', '12 step', 'twelve step', 'mutual help'],
  ['family', 'spouse', 'parent', 'loved one'],
  ['step down', 'after inpatient', 'after residential', 'after hospital'],
  ['relapse', 'use again', 'lapse'],
  ['php', 'partial hospitalization'],
  ['iop', 'intensive outpatient'],
  ['online', 'telehealth', 'virtual'],
  ['medicine', 'medication', 'meds'],
  ['therapy', 'counseling'],
  ['sober living', 'recovery housing'],
  ['downside', 'challenge', 'disadvantage'],
  ['benefit', 'advantage'],
];

export const SYNONYM_ALIASES: Readonly<Record<string, readonly string[]>> = {
  // family members → the guides' "family member", "loved one"
  son: ['family', 'loved one'],
  daughter: ['family', 'loved one'],
  child: ['family', 'loved one'],
  kid: ['family', 'loved one'],
  husband: ['family', 'spouse'],
  wife: ['family', 'spouse'],
  partner: ['family', 'spouse'],
  boyfriend: ['family', 'loved one'],
  girlfriend: ['family', 'loved one'],
  mom: ['family', 'parent'],
  dad: ['family', 'parent'],
  mother: ['family', 'parent'],
  father: ['family', 'parent'],
  brother: ['family', 'loved one'],
  sister: ['family', 'loved one'],
  teenager: ['teen'],
  adolescent: ['teen'],
  // medicines by brand name → the generic names the guides use
  suboxone: ['buprenorphine', 'medicine'],
  subutex: ['buprenorphine', 'medicine'],
  sublocade: ['buprenorphine', 'medicine'],
  vivitrol: ['naltrexone', 'medicine'],
  antabuse: ['disulfiram', 'medicine'],
  // everyday words → the guides' words
  rehab: ['treatment', 'residential'],
  money: ['cost', 'pay'],
  expensive: ['cost', 'afford'],
  free: ['cost', 'pay'],
  covered: ['insurance', 'pay'],
  coverage: ['insurance', 'pay'],
  medicaid: ['insurance'],
  // not a group: "does IOP work" is about results, not jobs
  job: ['work', 'employer'],
  boss: ['work', 'employer'],
  school: ['work'],
  career: ['work'],
  drink: ['alcohol'],
  drinking: ['alcohol'],
  alcoholic: ['alcohol'],
  drugs: ['drug', 'substance'],
  addiction: ['substance use'],
  addicted: ['substance use'],
  urine: ['drug test'],
  slip: ['relapse', 'lapse'],
  halfway: ['recovery housing'],
  inpatient: ['residential', 'hospital'],
  hospital: ['inpatient'],
  zoom: ['online', 'telehealth'],
  schedule: ['hours', 'week'],
  day: ['week', 'hours'],
  force: ['make'],
  downsides: ['challenge'],
  cons: ['challenge'],
  pros: ['advantage'],
  worth: ['work', 'results'],
  aftercare: ['after iop', 'continuing care'],
  afterwards: ['after iop', 'continuing care'],
  meetings: ['mutual help', 'twelve step'],
};
