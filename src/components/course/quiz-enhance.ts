/**
 * Progressive enhancement of the quiz form: submit through the Astro action,
 * then mark each question right or wrong with its explanation, in place.
 * Kept tiny (no framework) so a lesson with a quiz stays under its JS budget.
 */
import { actions, isActionError } from 'astro:actions';
import { fillTemplate } from '#i18n/fill.ts';

interface Strings {
  correct: string;
  incorrect: string;
  correctAnswer: string;
  explanation: string;
  colon: string;
  passed: string;
  failed: string;
  again: string;
  againHref: string;
  result: string;
  error: string;
  signin: string;
  signinHref: string;
  signinLabel: string;
  queued: string;
}


function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function el(tag: string, className: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** "Explanation: …" with the explanation marked in the language it is written in. */
function explanationOf(explanation: { zh: string; en?: string | undefined }, strings: Strings, en: boolean): HTMLElement {
  const p = el('p', '', `${strings.explanation}${strings.colon}`);
  const english = en && explanation.en !== undefined;
  const text = el('span', '', english ? explanation.en : explanation.zh);
  text.lang = english || !en ? document.documentElement.lang : 'zh-CN';
  p.append(text);
  return p;
}

/**
 * Offline (or the request failed on the way): the answers wait in this device's queue and are graded
 * on the server when it syncs (src/components/offline/). False when nothing could be queued.
 */
async function queueOffline(form: HTMLFormElement, durationMs: number | undefined, summary: HTMLElement | null, strings: Strings): Promise<boolean> {
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return false;
  const { answersOf, queueAction } = await import('#components/offline/queue-client.ts');
  const field = (name: string) => form.querySelector<HTMLInputElement>(`input[name=${name}]`)?.value ?? '';
  const lessonId = field('lessonId');
  const queued = await queueAction(lessonId, form.dataset['lessonTitle'] ?? lessonId, { kind: 'quiz', paperId: field('paperId'), answers: answersOf(form), durationMs });
  if (queued && summary) {
    const box = el('div', 'notice success');
    box.append(el('p', '', strings.queued));
    summary.replaceChildren(box);
    summary.focus();
  }
  return queued;
}

export function enhanceQuizForms(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-quiz]')) {
    const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Strings;
    const en = form.dataset['locale'] === 'en';
    let started = 0;
    form.addEventListener('change', () => {
      started ||= Date.now();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      if (started) data.set('durationMs', String(Date.now() - started));
      const button = form.querySelector<HTMLButtonElement>('button[type=submit]');
      if (button) button.disabled = true;
      const summary = form.querySelector<HTMLElement>('.quiz-summary');
      const durationMs = started ? Date.now() - started : undefined;
      const offline = () =>
        void queueOffline(form, durationMs, summary, strings).then((queued) => {
          if (button) button.disabled = false;
          if (!queued && summary) summary.replaceChildren(Object.assign(el('div', 'notice warning'), { textContent: strings.error }));
        });
      if (!navigator.onLine) {
        offline();
        return;
      }
      void actions.lessons.submitQuiz(data).catch(() => null).then((answer) => {
        if (answer === null) {
          offline();
          return;
        }
        const { data: result, error } = answer;
        // A graded paper is closed: a new attempt starts from the quiz page (a new paper).
        if (button) button.disabled = !!result;
        if (!summary) return;
        summary.replaceChildren();
        if (error || !result) {
          const box = el('div', 'notice warning');
          box.append(el('p', '', isActionError(error) && error.message ? error.message : strings.error));
          if (isActionError(error) && error.code === 'UNAUTHORIZED') {
            box.append(link(strings.signinHref, strings.signinLabel));
          } else if (isActionError(error) && error.code === 'CONFLICT') {
            // The paper was graded already (another tab, a double submit): a new attempt is a new paper.
            box.append(' ', link(strings.againHref, strings.again));
          }
          summary.append(box);
          return;
        }
        for (const f of result.feedback) {
          const fs = form.querySelector<HTMLElement>(`[data-question="${CSS.escape(f.questionId)}"]`);
          if (!fs) continue;
          fs.classList.toggle('is-correct', f.correct);
          fs.classList.toggle('is-incorrect', !f.correct);
          for (const label of fs.querySelectorAll<HTMLElement>('[data-option]')) {
            label.classList.toggle('is-answer', f.correctOptions.includes(label.dataset['option'] ?? ''));
          }
          const box = fs.querySelector<HTMLElement>('.quiz-feedback');
          if (!box) continue;
          const answerLabels = f.correctOptions.map((id) => fs.querySelector<HTMLElement>(`[data-option="${CSS.escape(id)}"]`)?.textContent?.trim() ?? id);
          box.replaceChildren(
            el('p', f.correct ? 'quiz-verdict ok' : 'quiz-verdict bad', f.correct ? strings.correct : strings.incorrect),
            // The server leaves the key out until the quiz is passed or enough attempts were made.
            ...(answerLabels.length > 0 ? [el('p', '', `${strings.correctAnswer}${strings.colon}${answerLabels.join(' / ')}`)] : []),
            explanationOf(f.explanation, strings, en),
          );
        }
        const box = el('div', result.passed ? 'notice success' : 'notice warning');
        const locale = en ? 'en' : 'zh-CN';
        box.append(el('p', 'quiz-score', fillTemplate(strings.result, { correct: result.correct, total: result.total, score: result.score }, locale)), el('p', '', result.passed ? strings.passed : fillTemplate(strings.failed, { pass: result.passPercent }, locale)));
        box.append(link(strings.againHref, strings.again));
        summary.append(box);
        summary.focus();
        document.dispatchEvent(new CustomEvent('academy:lesson-progress'));
      });
    });
  }
}
