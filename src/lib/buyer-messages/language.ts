/**
 * A simple, deterministic language guess for buyer messages and replies: count the letters of each
 * script (Han, Cyrillic, Hangul, kana, Latin) and take the script with the most. Han with any kana is
 * Japanese. Text with no letters at all is `unknown`. Good enough to tell a reply in Chinese from
 * one in Russian or English; it does not tell English from German (both Latin: `en`).
 */

/** The languages buyers write in and replies are graded in. */
export const MESSAGE_LANGS = ['zh', 'en', 'ru', 'ko', 'ja'] as const;
export type MessageLang = (typeof MESSAGE_LANGS)[number];

const SCRIPTS: ReadonlyArray<{ lang: MessageLang | 'kana'; re: RegExp }> = [
  { lang: 'zh', re: /\p{Script=Han}/gu },
  { lang: 'ru', re: /\p{Script=Cyrillic}/gu },
  { lang: 'ko', re: /\p{Script=Hangul}/gu },
  { lang: 'kana', re: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu },
  { lang: 'en', re: /\p{Script=Latin}/gu },
];

/** The language a text is written in, by the script most of its letters use. */
export function detectLanguage(text: string): MessageLang | 'unknown' {
  const counts = new Map<string, number>();
  for (const s of SCRIPTS) counts.set(s.lang, text.match(s.re)?.length ?? 0);
  const kana = counts.get('kana') ?? 0;
  if (kana > 0) counts.set('ja', kana + (counts.get('zh') ?? 0));
  counts.delete('kana');
  if (kana > 0) counts.delete('zh');
  let best: MessageLang | 'unknown' = 'unknown';
  let most = 0;
  for (const lang of MESSAGE_LANGS) {
    const n = counts.get(lang) ?? 0;
    // Latin letters weigh less: an order number or a brand in a Chinese reply must not make it "English"
    const weighted = lang === 'en' ? n / 3 : n;
    if (weighted > most) {
      most = weighted;
      best = lang;
    }
  }
  return best;
}
