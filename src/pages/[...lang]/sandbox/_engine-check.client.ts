/**
 * The engine check's browser side: `window.academyEngineCheck` for the parity test, and the form
 * that checks pasted messages with the bundled engine and renders the report.
 */
import { checkSubmission, isCreditTier, type CheckOptions } from '#sandbox';
import { fillTemplate } from '#i18n/fill.ts';
import { engineCheckReport, isCheckDate, normalizeResult, splitMessages, type EngineCheckReport, type EngineCheckResult } from '#lib/workbench/engine-check.ts';
import type { EngineCheckConfig } from './_engine-check-page.ts';

declare global {
  interface Window {
    academyEngineCheck: (texts: readonly string[], options?: CheckOptions) => EngineCheckResult;
  }
}

window.academyEngineCheck = (texts, options = {}) => normalizeResult(checkSubmission({ ...options, messages: texts }));

const config = JSON.parse(document.getElementById('parity-config')?.textContent ?? '{}') as EngineCheckConfig;
const tr = (key: string, vars: Record<string, string | number> = {}): string =>
  fillTemplate(config.strings[key] ?? key, vars, config.locale);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function render(report: EngineCheckReport): HTMLElement[] {
  const nodes: HTMLElement[] = [el('p', report.verdict.text, `notice ${report.verdict.tone}`), el('h3', tr('parity.findings'))];
  if (report.findings.length === 0) nodes.push(el('p', tr('parity.noFindings')));
  else {
    const ul = el('ul', undefined, 'parity-findings');
    for (const f of report.findings) {
      const li = el('li');
      li.dataset['code'] = f.code;
      li.dataset['severity'] = f.severity;
      li.append(el('span', f.severityText, `tag ${f.severity}`), ' ', el('code', f.code), ' ', el('span', f.message), ' ', el('span', f.where, 'muted'));
      if (f.lesson) {
        const a = el('a', tr('parity.lesson'));
        a.href = config.lessonBase + f.lesson;
        li.append(' ', a);
      }
      ul.append(li);
    }
    nodes.push(ul);
  }
  if (report.receipts.length > 0) {
    const ol = el('ol', undefined, 'parity-receipts');
    for (const x of report.receipts) ol.append(el('li', x));
    nodes.push(el('h3', tr('parity.receipts')), ol);
  }
  if (report.taxes.length > 0) {
    const ul = el('ul', undefined, 'parity-taxes');
    for (const x of report.taxes) ul.append(el('li', x));
    nodes.push(el('h3', tr('parity.taxes')), ul);
  }
  nodes.push(el('p', report.elapsed, 'muted'));
  return nodes;
}

const form = document.getElementById('parity-form');
const out = document.getElementById('parity-result');
const xml = document.getElementById('parity-xml');
const asOf = document.getElementById('parity-asof');
const tier = document.getElementById('parity-tier');
const verify = document.getElementById('parity-verify');
if (form instanceof HTMLFormElement && out && xml instanceof HTMLTextAreaElement && asOf instanceof HTMLInputElement && tier instanceof HTMLSelectElement && verify instanceof HTMLInputElement) {
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const texts = splitMessages(xml.value);
    const fail = (msg: string) => {
      out.dataset['state'] = 'invalid';
      out.replaceChildren(el('p', msg, 'notice error'));
    };
    if (texts.length === 0) return fail(tr('parity.empty'));
    if (!isCheckDate(asOf.value)) return fail(tr('parity.badDate'));
    const options: CheckOptions = { verifySignatures: verify.checked, ...(asOf.value ? { asOf: asOf.value } : {}), ...(isCreditTier(tier.value) ? { creditTier: tier.value } : {}) };
    const started = performance.now();
    const raw = checkSubmission({ ...options, messages: texts });
    const ms = Math.round(performance.now() - started);
    const report = engineCheckReport({ raw, messageCount: texts.length, ms, locale: config.locale, tr });
    out.dataset['state'] = report.state;
    out.replaceChildren(...render(report));
  });
}
