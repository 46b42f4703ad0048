/**
 * Turns an action result into what a form shows: an error summary at the top
 * (linking to each field) and the message beside each field, in the page's
 * language. Sets the response status so a rejected form answers 4xx.
 */
import { isInputError, type ActionError } from 'astro:actions';
import { isMessageKey, t } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';

export interface FormErrors {
  /** Field name → message. */
  fields: Record<string, string>;
  /** Summary lines: field (for the link) and message. */
  summary: { field: string | null; message: string }[];
  status: number | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, summary: [], status: null };

export function formErrors(error: ActionError | undefined, locale: Locale): FormErrors {
  if (!error) return NO_ERRORS;
  if (isInputError(error)) {
    const fields: Record<string, string> = {};
    for (const [name, messages] of Object.entries(error.fields as Record<string, string[] | undefined>)) {
      const m = messages?.[0];
      if (!m) continue;
      fields[name] = isMessageKey(m) ? t(locale, m) : t(locale, 'err.generic');
    }
    return { fields, summary: Object.entries(fields).map(([field, message]) => ({ field, message })), status: 400 };
  }
  return { fields: {}, summary: [{ field: null, message: error.message || t(locale, 'err.generic') }], status: error.status };
}

/** What the user typed, so a rejected form comes back filled in (passwords never echoed). */
export async function postedValues(request: Request): Promise<Record<string, string>> {
  if (request.method !== 'POST') return {};
  try {
    const data = await request.clone().formData();
    const out: Record<string, string> = {};
    for (const [k, v] of data) if (typeof v === 'string' && !/password/i.test(k)) out[k] = v;
    return out;
  } catch {
    return {};
  }
}
