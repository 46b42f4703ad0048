/**
 * The order page's seven forms, read from the request with `actionForm()` (declare, monthly summary,
 * return draft and return declaration, and the three order actions that share one result box), plus
 * what the page shows beside them that depends only on the language and the order's date.
 */
import { actions } from 'astro:actions';
import { t, type MessageKey } from '#i18n/index.ts';
import { localizePath, type Locale } from '#i18n/locales.ts';
import { summaryDeadlineOf } from '#lib/workbench/summary-deadline.ts';
import { lessonTitles } from '#server/content.ts';
import { actionForm, type ActionPage } from '#server/forms.ts';

export async function orderPageActions(page: ActionPage, locale: Locale) {
  const [declare, summarize, draftReturn, declareReturn, split, cancel, generalTrade] = await Promise.all([
    actionForm(page, actions.sandbox.declare, locale),
    actionForm(page, actions.sandbox.summarize, locale),
    actionForm(page, actions.sandbox.draftReturn, locale, { echo: 'always' }),
    actionForm(page, actions.sandbox.declareReturn, locale, { echo: 'always' }),
    actionForm(page, actions.orders.split, locale),
    actionForm(page, actions.orders.cancel, locale, { echo: 'always' }),
    actionForm(page, actions.orders.generalTrade, locale),
  ]);
  const handled = [split, cancel, generalTrade];
  return {
    declare,
    summarize,
    draftReturn,
    declareReturn,
    /** The order action (split, cancel, general trade) that succeeded in this request, if any. */
    handledDone: handled.find((h) => h.data)?.data,
    /** The errors of the order action that was refused in this request, if any. */
    handledErrors: handled.find((h) => h.failed)?.errors,
  };
}

/** Lesson links for findings, the monthly summary's deadline, and a receipt status in words. */
export async function orderPageText(locale: Locale, asOf: string) {
  return {
    titles: await lessonTitles(locale),
    lessonBase: `${localizePath('/courses', locale)}/`,
    deadline: summaryDeadlineOf(asOf),
    statusText: (s: string) => t(locale, `workbench.status.${s}` as MessageKey),
  };
}
