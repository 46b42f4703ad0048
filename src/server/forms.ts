/**
 * Turns an action result into what a form shows: an error summary at the top
 * (linking to each field) and the message beside each field, in the page's
 * language. Sets the response status so a rejected form answers 4xx.
 */
import { isInputError, type ActionError, type ActionReturnType } from 'astro:actions';
import type { AstroGlobal } from 'astro';
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

/** What a page needs of one form: the action's data on success, its errors, and what was posted. */
export interface ActionForm<TData> {
  /** The action's result when it succeeded. */
  data: TData | undefined;
  /** Field messages and summary lines (empty when the action did not fail). */
  errors: FormErrors;
  /** True when this form was submitted in this request (successfully or not). */
  submitted: boolean;
  /** True when this form was submitted and rejected. */
  failed: boolean;
  /** What was posted (see `echo`); `{}` otherwise. */
  posted: Record<string, string>;
}

export interface ActionPage {
  getActionResult: AstroGlobal['getActionResult'];
  request: Request;
  response: { status?: number };
}

/**
 * Reads one action's result for the form that posts to it: localized errors, a 4xx response status
 * when it failed, and the posted values. By default the posted values come back only after an error
 * (a successful form starts empty); `echo: 'always'` keeps them after a success too.
 */
export async function actionForm<TAction extends Parameters<AstroGlobal['getActionResult']>[0]>(
  page: ActionPage,
  action: TAction,
  locale: Locale,
  options: { echo?: 'error' | 'always' } = {},
): Promise<ActionForm<NonNullable<ActionReturnType<TAction>['data']>>> {
  const result = page.getActionResult(action);
  const errors = formErrors(result?.error, locale);
  if (errors.status) page.response.status = errors.status;
  const failed = !!result?.error;
  const echo = options.echo === 'always' ? result !== undefined : failed;
  return {
    data: (result?.data ?? undefined) as NonNullable<ActionReturnType<TAction>['data']> | undefined,
    errors,
    submitted: result !== undefined,
    failed,
    posted: echo ? await postedValues(page.request) : {},
  };
}

/** Every value posted under one name (checkboxes), so a rejected form comes back with its boxes still ticked. */
export async function postedChoices(request: Request, name: string): Promise<Set<string>> {
  if (request.method !== 'POST') return new Set();
  try {
    return new Set((await request.clone().formData()).getAll(name).filter((v): v is string => typeof v === 'string'));
  } catch {
    return new Set();
  }
}
