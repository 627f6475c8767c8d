/**
 * Arrow-key movement between the search field (index -1) and the result
 * links (0 … count-1). Returns the new index, or null when the key is not a
 * movement key. Up from the first link returns to the field; Down from the
 * last link stays there.
 */
export function moveIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return Math.max(current - 1, -1);
    case 'Home':
      return current === -1 ? null : 0;
    case 'End':
      return current === -1 ? null : count - 1;
    default:
      return null;
  }
}
