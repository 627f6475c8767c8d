/** A review date as readers say it ("November 27, 2026"), fixed to UTC so the build machine's zone never shifts it. */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
