/**
 * Locales and URL helpers. Chinese lives at `/`, English under `/en/`; every
 * page route sits under `src/pages/[...lang]/` so one file serves both.
 * Because `[...lang]` matches any prefix, a nested route must not end in the
 * name of a top-level section (`/signup/enterprise` would be taken by
 * `[...lang]/enterprise`): tests/unit/i18n/routes.test.ts checks this.
 */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The `lang` route param: undefined for Chinese, `en` for English. */
export function localeFromParam(param: string | undefined): Locale | null {
  if (param === undefined || param === '') return 'zh-CN';
  if (param === 'en') return 'en';
  return null;
}

/** `getStaticPaths` entries for the two languages (fresh objects: Astro mutates what it is given). */
export function langPaths(): { params: { lang: string | undefined } }[] {
  return [{ params: { lang: undefined } }, { params: { lang: 'en' } }];
}

export function localeFromPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'zh-CN';
}

/** Removes the `/en` prefix: `/en/courses` → `/courses`. */
export function stripLocale(pathname: string): string {
  if (pathname === '/en') return '/';
  return pathname.startsWith('/en/') ? pathname.slice(3) : pathname;
}

/** Path in a locale: `localizePath('/courses', 'en')` → `/en/courses`. */
export function localizePath(path: string, locale: Locale): string {
  const clean = stripLocale(path.startsWith('/') ? path : `/${path}`);
  if (locale === 'zh-CN') return clean;
  return clean === '/' ? '/en/' : `/en${clean}`;
}

/** Picks the text of a bilingual value. */
export function pick<T extends { zh: string; en?: string | undefined }>(value: T, locale: Locale): string {
  return locale === 'en' ? (value.en ?? value.zh) : value.zh;
}

/** The HTML `lang` of a text that may have fallen back to Chinese. */
/** The language tag of a name or address in Chinese script (`zh-CN`), else none: people's and places' names stay as written. */
export function scriptLang(text: string): 'zh-CN' | undefined {
  return /[\u3400-\u9fff]/.test(text) ? 'zh-CN' : undefined;
}

export function langOf(value: { en?: string | undefined }, locale: Locale): 'zh-CN' | 'en' {
  return locale === 'en' && value.en ? 'en' : 'zh-CN';
}
