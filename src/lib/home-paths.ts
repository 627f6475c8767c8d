/**
 * The four ways into the site from the home page. Each names the pages that
 * serve it best, in order of preference; the first that exists in the build is
 * used, so the home page never links to a page that has not been written yet.
 */
export const HOME_PATHS = [
  { key: 'new', candidates: ['/guides/what-is-iop/'] },
  { key: 'quiz', candidates: ['/quiz/', '/guides/is-iop-right-for-me/'] },
  { key: 'families', candidates: ['/guides/for-families/'] },
  { key: 'staff', candidates: ['/referral-staff/', '/guides/is-iop-right-for-me/'] },
] as const;

/** `existingGuides` holds guide slugs; `existingPages` other built paths such as "/quiz/". */
export function homePaths(existingGuides: Set<string>, existingPages: Set<string> = new Set()) {
  const exists = (href: string) => {
    const m = /^\/guides\/([^/]+)\/$/.exec(href);
    return m ? existingGuides.has(m[1]!) : existingPages.has(href);
  };
  return HOME_PATHS.flatMap(({ key, candidates }) => {
    const href = candidates.find(exists);
    return href ? [{ key, href }] : [];
  });
}
