/**
 * The four ways into the site from the home page, each to the page that
 * serves it best. Its words are `home.path.<key>.title` and `.text` in the
 * UI strings; the build's link check fails if a page is missing.
 */
export const HOME_PATHS = [
  { key: 'new', href: '/guides/what-is-iop/' },
  { key: 'quiz', href: '/quiz/' },
  { key: 'families', href: '/guides/for-families/' },
  { key: 'staff', href: '/referral-staff/' },
] as const;
