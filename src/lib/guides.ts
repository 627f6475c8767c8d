/**
 * Pure helpers over the list of guides: reading order and neighbours. They
 * take plain data so they can be unit-tested without Astro.
 */
export interface GuideRef {
  id: string;
  title: string;
  order: number;
}

/** Guides in suggested reading order. Two guides with the same `order` are an editing mistake. */
export function inReadingOrder<T extends GuideRef>(guides: T[]): T[] {
  const seen = new Map<number, string>();
  for (const g of guides) {
    const other = seen.get(g.order);
    if (other) {
      throw new Error(`content/guides/${g.id}.mdx: field "order" (${g.order}) is already used by content/guides/${other}.mdx`);
    }
    seen.set(g.order, g.id);
  }
  return [...guides].sort((a, b) => a.order - b.order);
}

/** The guide before and after `id` in reading order. */
export function neighbours<T extends GuideRef>(ordered: T[], id: string): { prev: T | undefined; next: T | undefined } {
  const i = ordered.findIndex((g) => g.id === id);
  if (i === -1) return { prev: undefined, next: undefined };
  return { prev: ordered[i - 1], next: ordered[i + 1] };
}

/** Minutes to read at 200 words a minute (a slow, careful pace), at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}
