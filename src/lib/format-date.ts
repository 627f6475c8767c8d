// One formatter per locale: making an Intl.DateTimeFormat costs far more than
// using one, and every page shows its review dates (0.5 s at 1,000 guides).
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A review date as readers say it ("November 27, 2026"), fixed to UTC so the build machine's zone never shifts it. */
export function formatDate(date: Date, locale: string): string {
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(locale, format);
  }
  return format.format(date);
}
