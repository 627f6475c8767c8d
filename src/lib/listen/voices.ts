/** What we need to know of a SpeechSynthesisVoice. */
export interface VoiceInfo {
  lang: string;
  localService: boolean;
  default?: boolean;
}

/**
 * The voice to read a page in language `lang` (the page's <html lang>, such
 * as "en" or "en-US"): on-device voices only (`localService`), so no word
 * of the page leaves the device. A voice matches on the language's first
 * part ("en-GB" and "en_US" for "en"); an exact match comes first, then
 * the browser's default voice. Undefined when there is none: the page then
 * shows no Listen button.
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], lang: string): V | undefined {
  const wanted = lang.toLowerCase().replace('_', '-');
  const primary = wanted.split('-')[0];
  if (!primary) return undefined;
  const tag = (v: V) => v.lang.toLowerCase().replace('_', '-');
  const local = voices.filter((v) => v.localService && (tag(v) === primary || tag(v).startsWith(`${primary}-`)));
  return local.find((v) => tag(v) === wanted) ?? local.find((v) => v.default) ?? local[0];
}
