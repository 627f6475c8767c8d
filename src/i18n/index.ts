import en from './en.json';

/**
 * Every UI string lives in a per-locale JSON dictionary with flat dotted keys
 * (`area.thing`). Components call `t('key')` and never hard-code words, so the
 * Spanish edition is one more JSON file.
 *
 * es.json holds the Spanish words (issue 14; tests/unit/i18n/es.test.ts keeps
 * its keys and placeholders equal to en.json's). It is not loaded here yet:
 * client scripts import this module, and a page must carry only its own
 * language's dictionary, not both.
 */
export type UIKey = keyof typeof en;
type Locale = 'en';

const dictionaries: Record<Locale, Record<UIKey, string>> = { en };

/** Replaces `{name}` placeholders with `vars.name`. Unknown placeholders stay visible, to be caught in review. */
export function interpolate(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

function useTranslations(locale: Locale = 'en') {
  const dict = dictionaries[locale];
  return (key: UIKey, vars?: Record<string, string | number>): string => interpolate(dict[key], vars);
}

export const t = useTranslations('en');
export const lang: Locale = 'en';
