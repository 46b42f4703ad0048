/** Page model of the in-browser engine check: the sample message set, the credit tiers and the strings the script needs. */
import { CREDIT_TIERS, exampleMessage, serializeMessage } from '#sandbox';
import { t, type MessageKey } from '#i18n/index.ts';
import { localizePath, type Locale } from '#i18n/locales.ts';
import { tierLabel } from '#lib/workbench/credit-tiers.ts';

/** The strings the browser script shows (it has no dictionary of its own). */
const SCRIPT_KEYS: MessageKey[] = [
  'parity.empty', 'parity.badDate', 'parity.accepted', 'parity.rejected', 'parity.findings', 'parity.noFindings', 'parity.where', 'parity.whereMsg',
  'parity.lesson', 'parity.receipts', 'parity.taxes', 'parity.taxLine', 'parity.elapsed', 'parity.severity.error', 'parity.severity.warning',
];

/** What the script reads from the page's JSON block. */
export interface EngineCheckConfig {
  strings: Record<string, string>;
  locale: Locale;
  lessonBase: string;
}

export function engineCheckPage(locale: Locale): { sample: string; tiers: Array<{ value: string; label: string; selected: boolean }>; configJson: string } {
  const sample = (['CEB311', 'CEB411', 'CEB511', 'CEB621'] as const).map((k) => serializeMessage(exampleMessage(k))).join('\n');
  const config: EngineCheckConfig = { strings: Object.fromEntries(SCRIPT_KEYS.map((k) => [k, t(locale, k)])), locale, lessonBase: `${localizePath('/courses', locale)}/` };
  return {
    sample,
    tiers: CREDIT_TIERS.map((c) => ({ value: c, label: tierLabel(locale, c), selected: c === 'regular' })),
    // safe inside <script type="application/json">: no `<` can close the element
    configJson: JSON.stringify(config).replace(/</g, '\\u003c'),
  };
}
