/** What a stored declaration declared (its `kind`), in the reader's language. */
import { isMessageKey, t } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';

export function declarationKindLabel(locale: Locale, kind: string): string {
  const key = `declKind.${kind}`;
  return t(locale, isMessageKey(key) ? key : 'declKind.other');
}
