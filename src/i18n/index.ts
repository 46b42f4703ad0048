/** `t(locale, key, vars)`: the one way pages get interface strings. */
import { en } from './en.ts';
import { zhCN, type MessageKey } from './zh-CN.ts';
import type { Locale } from './locales.ts';
import { fillTemplate } from './fill.ts';

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export type { MessageKey };

export function t(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  return fillTemplate(DICTIONARIES[locale][key], vars, locale);
}

/** A translator bound to one locale. */
export function translator(locale: Locale): (key: MessageKey, vars?: Record<string, string | number>) => string {
  return (key, vars) => t(locale, key, vars);
}

export function isMessageKey(key: string): key is MessageKey {
  return key in zhCN;
}
