/** Which status line to show after a search, and its placeholders. Keys are in src/i18n/en.json. */
export type StatusKey =
  | 'search.status.one'
  | 'search.status.many'
  | 'search.status.broadenedOne'
  | 'search.status.broadenedMany'
  | 'search.status.none'
  | 'search.status.browseOne'
  | 'search.status.browseMany';

export interface StatusInput {
  query: string;
  count: number;
  /** The reader's words found too little, and broader searches are shown. */
  broadened: boolean;
}

/**
 * The status line read out (politely) after each search. It carries only the
 * count and the query, never the results themselves: a live region that
 * repeats a whole list is noise (see Pagefind PR #162).
 */
export function statusFor({ query, count, broadened }: StatusInput): { key: StatusKey; vars: { count: number; query: string } } {
  const q = query.trim();
  const vars = { count, query: q };
  if (!q) return { key: count === 1 ? 'search.status.browseOne' : 'search.status.browseMany', vars };
  if (count === 0) return { key: 'search.status.none', vars };
  if (broadened) return { key: count === 1 ? 'search.status.broadenedOne' : 'search.status.broadenedMany', vars };
  return { key: count === 1 ? 'search.status.one' : 'search.status.many', vars };
}
