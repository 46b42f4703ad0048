/**
 * Generated, from one crawl: no page offers a form its viewer would be refused (form-check.ts), and
 * interface text is in the page's language, with no raw codes. Every
 * page of every viewer in both languages (see crawl.ts) is read after its
 * scripts ran, text node by text node with the language it is marked in, and
 * the test fails on
 * - a raw enum value (any value of an enum column in the database schema, or
 *   of the engine's credit tiers) shown as text instead of through the dictionaries;
 * - CJK characters or full-width punctuation in English text, except people's,
 *   companies' and places' names from the demo data and text marked lang="zh-CN";
 * - English words in Chinese text, except acronyms, codes, brand names and text
 *   marked lang="en".
 * - ASCII colons, commas or semicolons right after Chinese text.
 * A customs message's own text (a receipt's returnInfo, a tax bill's note) may be bilingual, as the
 * simulated customs writes it: it is left alone when quoted and labelled as that message's text
 * (ReceiptText.astro: `[data-receipt-text]` with a `.receipt-text-label`), and is a problem otherwise.
 * Code (code, pre, kbd, samp, textarea, the editor) is never interface text, but
 * is still searched for enum values; authored course content (lesson bodies,
 * quiz questions, glossary definitions, scenario briefs: marked data-authored) is checked by
 * `npm run content:check`, not here.
 */
import { expect, test } from '@playwright/test';
import { getTableColumns, isTable } from 'drizzle-orm';
import * as schema from '#lib/db/schema.ts';
import { DEMO_ACCOUNTS, DEMO_ENTERPRISE_NAME, PARTNER_INSTITUTIONS } from '#lib/seed/seed.ts';
import { DEMO_TRAINING_NAMES } from '#lib/training-orders/demo.ts';
import { DEMO_STORE_NAMES } from '#lib/seed/demo-store.ts';
import { PLATFORM_NAME } from '#lib/workbench/stores.ts';
import { CREDIT_TIERS } from '#sandbox';
import { DEMO_CLASS_NAME } from '#lib/classes/demo.ts';
import { createClient } from '@libsql/client';
import { crawl, reportCoverage, type CrawlLocale } from './crawl.ts';
import { formProblems } from './form-check.ts';
import { E2E_PORT, e2eDatabaseFile } from './database.ts';

function enumValuesOf(column: unknown): string[] {
  const values = (column as { enumValues?: unknown }).enumValues;
  return Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : [];
}

/** Every value of every enum column, and the engine's credit tiers. */
const ENUM_VALUES = new Set<string>([
  ...Object.values(schema)
    .filter((v) => isTable(v))
    .flatMap((table) => Object.values(getTableColumns(table)).flatMap((c: unknown) => enumValuesOf(c))),
  ...CREDIT_TIERS,
]);
/** Enum values that are also ordinary words or codes read the same in both languages. */
const ENUM_EXEMPT = new Set(['zh', 'en', 'ru', 'ko', 'ja', 'zh-CN']);

/** Names that stay Chinese on English pages: people, companies, institutions, places. */
const CHINESE_NAMES = [
  ...DEMO_ACCOUNTS.flatMap((a) => [a.displayName, a.department ?? '']),
  DEMO_ENTERPRISE_NAME,
  ...DEMO_TRAINING_NAMES,
  // the demo learner's stores and the simulated platform (in the page title and in choices, which cannot mark a name)
  ...Object.values(DEMO_STORE_NAMES),
  PLATFORM_NAME,
  DEMO_CLASS_NAME,
  ...PARTNER_INSTITUTIONS.map((p) => p.nameZh),
  '抚顺海关',
  '抚顺',
  '沈阳',
  // people, teams and departments the other end-to-end tests create (foundation, incubation, certificates, admin console)
  '琥珀队',
  '课程测试',
  '孙经理',
  '待停用学员',
  '抚顺市市场监督管理局',
  '测试学员',
  '石化学员',
  '海关学员',
  '辽宁',
]
  .filter((n) => n !== '')
  // longest first, so a name that contains another (抚顺市市场监督管理局, 抚顺) is taken whole
  .sort((a, b) => b.length - a.length);

/** Latin words that belong on Chinese pages: platforms, brands, formats. Acronyms (no lower case) always pass. */
const LATIN_ALLOWED = new Set(['Amazon', 'eBay', 'AliExpress', 'Shopee', 'Lazada', 'TikTok', 'Temu', 'SHEIN', 'Ozon', 'Wildberries', 'Coupang', 'Rakuten', 'Walmart', 'Etsy', 'Shopify', 'PayPal', 'Alipay', 'WeChat', 'Monaco', 'JavaScript', 'Listing', 'ACoS', 'Shop', 'Open', 'Badges', 'Ctrl', 'English', 'Excel', 'GitHub', 'Astro', 'Node', 'npm', 'kg', 'g', 'cm', 'ml', 'mm', 'km']);

interface Segment {
  text: string;
  lang: string;
  where: string;
  /** Inside code or a labelled customs message text: only the enum check applies. */
  code: boolean;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff60]+/g;
const LATIN_WORD = /[A-Za-z][A-Za-z’']*/g;

function problemsIn(segment: Segment, pageLocale: CrawlLocale): string[] {
  const found: string[] = [];
  const { text, lang } = segment;
  const trimmed = text.trim();
  if (ENUM_VALUES.has(trimmed) && !ENUM_EXEMPT.has(trimmed)) found.push(`raw enum value "${trimmed}"`);
  // A code in brackets after its name, "严重失信企业 (seriously-dishonest)"; in prose a hyphenated value is a word.
  for (const [, token] of text.matchAll(/[(（]([a-z0-9]+(?:[-_][a-z0-9]+)+)[)）]/g)) {
    if (token && ENUM_VALUES.has(token)) found.push(`raw enum value "${token}"`);
  }
  if (segment.code) return found;
  if (lang.startsWith('en')) {
    let rest = text;
    for (const name of CHINESE_NAMES) rest = rest.split(name).join(' ');
    const cjk = rest.match(CJK);
    if (cjk) found.push(`Chinese text or punctuation in English: ${cjk.map((c) => `"${c}"`).join(', ')}`);
  } else if (lang.startsWith('zh') && pageLocale === 'zh-CN') {
    // E-mail addresses, URLs, file names, codes with digits and camelCase field names are not words.
    const words = (text.replace(/A-to-z|<\?xml|\S+@\S+|https?:\/\/\S+|\S+\.(?:xml|json|csv)\b|\b[A-Za-z0-9]*\d[A-Za-z0-9-]*\b|\b[a-z]+[A-Z]\w*/g, ' ').match(LATIN_WORD) ?? []).filter((w) => /[a-z]/.test(w) && w.length > 1 && !LATIN_ALLOWED.has(w));
    if (words.length > 0) found.push(`English words in Chinese: ${[...new Set(words)].join(' ')}`);
    const ascii = text.match(/[\u3400-\u9fff][:,;]/g);
    if (ascii) found.push(`ASCII punctuation in Chinese: ${ascii.map((a) => `"${a}"`).join(', ')}`);
  }
  return found;
}

/** Store and team names in the database, the demo's and the other end-to-end tests' (a page title cannot mark a name's language). */
async function namesWritten(): Promise<string[]> {
  const client = createClient({ url: `file:${e2eDatabaseFile(E2E_PORT)}` });
  try {
    const { rows } = await client.execute('SELECT name FROM sandbox_stores UNION SELECT name FROM incubation_teams');
    return rows.map((r) => r['name']).filter((n): n is string => typeof n === 'string');
  } finally {
    client.close();
  }
}

test('every page speaks its language, shows no raw codes, and offers no form its viewer may not submit', async ({ browser }) => {
  test.setTimeout(600_000);
  CHINESE_NAMES.push(...(await namesWritten()));
  CHINESE_NAMES.sort((a, b) => b.length - a.length);
  expect(ENUM_VALUES.size, 'enum values found in the schema').toBeGreaterThan(20);
  const problems = new Map<string, Set<string>>();
  const forms: string[] = [];
  const actionsSeen = new Set<string>();
  const { visited, unreached } = await crawl(browser, async ({ viewer, locale, url, page }) => {
    forms.push(...(await formProblems(viewer, url, page, actionsSeen)));
    const segments = await page.evaluate(() => {
      const SKIP = 'script, style, noscript, svg, textarea, .monaco-editor, [hidden], [aria-hidden="true"], [data-authored]';
      const CODE = 'code, pre, kbd, samp';
      // a customs message's own text counts as quoted only with its label
      const RECEIPT = '[data-receipt-text]';
      const labelled = (el: Element) => !!el.closest(RECEIPT)?.querySelector(':scope > .receipt-text-label')?.textContent?.trim();
      const quoted = (el: Element) => !!el.closest(`${RECEIPT} q`) && labelled(el);
      const out: { text: string; lang: string; where: string; code: boolean }[] = [];
      const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang') ?? '';
      const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}>`;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest(SKIP) || !(n.textContent ?? '').trim()) continue;
        out.push({ text: n.textContent ?? '', lang: langOf(el), where: describe(el), code: !!el.closest(CODE) || quoted(el) });
      }
      for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], img[alt]')) {
        if (el.closest(SKIP) || el.closest(CODE)) continue;
        for (const attr of ['aria-label', 'placeholder', 'title', 'alt']) {
          const v = el.getAttribute(attr);
          if (v && v.trim()) out.push({ text: v, lang: langOf(el), where: `${describe(el)}@${attr}`, code: false });
        }
      }
      out.push({ text: document.title, lang: document.documentElement.lang, where: '<title>', code: false });
      return out;
    });
    for (const segment of segments) {
      for (const problem of problemsIn(segment, locale)) {
        const key = `${problem} — ${segment.where} "${segment.text.trim().slice(0, 80)}"`;
        if (!problems.has(key)) problems.set(key, new Set());
        problems.get(key)!.add(url);
      }
    }
  });
  const report = [...problems].map(([problem, urls]) => `${problem} (${[...urls].slice(0, 3).join(', ')}${urls.size > 3 ? ` +${urls.size - 3}` : ''})`);
  reportCoverage(visited, unreached);
  expect.soft([...actionsSeen], 'actions some form posts to').toEqual(expect.arrayContaining(['lessons.submitQuiz', 'auth.signIn']));
  expect.soft(forms, 'forms a viewer may not submit').toEqual([]);
  expect(report, 'interface text').toEqual([]);
});
