/** The parts of a keydown event and its target that decide what a key does. */
export interface KeyInfo {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** True when the key goes to something the reader is typing in (input, textarea, select, contenteditable). */
  inEditable?: boolean;
}

/**
 * Keys that open search from anywhere on a page: "/" when the reader is not
 * typing in a field, and Ctrl+K or ⌘K (also from inside a field, as most
 * sites do).
 */
export function isOpenSearchKey({ key, ctrlKey = false, metaKey = false, altKey = false, inEditable = false }: KeyInfo): boolean {
  if (altKey) return false;
  if ((ctrlKey || metaKey) && key.toLowerCase() === 'k') return true;
  return key === '/' && !ctrlKey && !metaKey && !inEditable;
}
