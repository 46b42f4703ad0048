/**
 * Shows the learner what this device holds: the saved copy of a course (or all of them), what waits to
 * sync and the last sync with its results. Strings come from the page (data-strings, from the i18n
 * dictionaries); dates in Asia/Shanghai as everywhere.
 */
import { fillTemplate } from '#i18n/fill.ts';
import { formatDateTime } from '#i18n/format.ts';
import type { Locale } from '#i18n/locales.ts';
import { lastSyncReport, listQueue } from './store.ts';

/** The dictionary strings these views use (`offline.*`, keys without the prefix). */
export type OfflineStrings = Record<
  | 'pending' | 'pendingNone' | 'lastSync' | 'neverSynced' | 'offlineNow' | 'itemComplete' | 'itemQuiz' | 'resultQuiz' | 'resultComplete' | 'resultRefused' | 'passed' | 'failed',
  string
>;

export function stringsOf(el: HTMLElement): OfflineStrings {
  return JSON.parse(el.dataset['strings'] ?? '{}') as OfflineStrings;
}

export function localeOf(): Locale {
  return document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
}

function li(text: string): HTMLLIElement {
  const e = document.createElement('li');
  e.textContent = text;
  return e;
}

/** Fills `[data-offline-pending]` (count and list), `[data-offline-last]` (last sync and its results) inside `root`. */
export async function renderSyncState(root: HTMLElement, s: OfflineStrings): Promise<void> {
  const locale = localeOf();
  const [queue, report] = await Promise.all([listQueue(), lastSyncReport()]);
  const pending = root.querySelector<HTMLElement>('[data-offline-pending]');
  if (pending) {
    const head = document.createElement('p');
    head.textContent = queue.length === 0 ? s.pendingNone : fillTemplate(s.pending, { n: queue.length }, locale);
    const list = document.createElement('ul');
    for (const item of queue) list.append(li(fillTemplate(item.kind === 'quiz' ? s.itemQuiz : s.itemComplete, { title: item.title }, locale)));
    pending.replaceChildren(head, ...(queue.length ? [list] : []));
    if (!navigator.onLine) pending.prepend(Object.assign(document.createElement('p'), { className: 'notice warning', textContent: s.offlineNow }));
  }
  const last = root.querySelector<HTMLElement>('[data-offline-last]');
  if (last) {
    const head = document.createElement('p');
    head.textContent = report ? fillTemplate(s.lastSync, { date: formatDateTime(new Date(report.syncedAt), locale) }, locale) : s.neverSynced;
    const list = document.createElement('ul');
    for (const line of report?.lines ?? []) {
      const text =
        line.status === 'refused'
          ? fillTemplate(s.resultRefused, { title: line.title }, locale)
          : line.kind === 'quiz'
            ? fillTemplate(s.resultQuiz, { title: line.title, score: line.score ?? 0, verdict: line.passed ? s.passed : s.failed }, locale)
            : fillTemplate(s.resultComplete, { title: line.title }, locale);
      list.append(li(text));
    }
    last.replaceChildren(head, ...(report?.lines.length ? [list] : []));
  }
}
