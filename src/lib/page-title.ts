/** "Guide title | Site name"; the home page is just the site name and its subject. */
export function pageTitle(title: string, siteName: string): string {
  return title === siteName || title.trim() === '' ? siteName : `${title} | ${siteName}`;
}
