/**
 * Fills a dictionary string: `{name}` takes a value, and
 * `{n, plural, one {# lesson} other {# lessons}}` picks the form that
 * `Intl.PluralRules` gives for the number in the string's language (`#` is the
 * number). Framework-free, so browser scripts use the same rules as pages.
 */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;
const rules = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

export function fillTemplate(text: string, vars: Record<string, string | number> | undefined, locale: string): string {
  if (!vars) return text;
  const plural = text.replace(PLURAL, (m, name: string, body: string) => {
    if (!(name in vars)) return m;
    const n = Number(vars[name]);
    const branches = new Map([...body.matchAll(BRANCH)].map((b) => [b[1] ?? '', b[2] ?? '']));
    const chosen = branches.get(`=${n}`) ?? branches.get(pluralRules(locale).select(n)) ?? branches.get('other') ?? '';
    return chosen.replace(/#/g, String(vars[name]));
  });
  return plural.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
