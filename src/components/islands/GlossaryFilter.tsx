/**
 * The glossary list with a live filter. Rendered on the server (the full list
 * works without JavaScript); once hydrated, typing narrows it in either language.
 */
import { fillTemplate } from '#i18n/fill.ts';
import { useDeferredValue, useMemo, useState } from 'react';

export interface GlossaryItem {
  id: string;
  zh: string;
  en: string;
  definition: string;
  /** Localized link to the lesson that explains it. */
  lessonHref?: string | undefined;
  lessonTitle?: string | undefined;
}

interface Props {
  terms: GlossaryItem[];
  labels: { filter: string; count: string; lesson: string; colon: string };
  lang: 'zh-CN' | 'en';
}

export default function GlossaryFilter({ terms, labels, lang }: Props) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const shown = useMemo(() => {
    const q = deferred.trim().toLowerCase();
    if (!q) return terms;
    return terms.filter((t) => t.zh.includes(q) || t.en.toLowerCase().includes(q) || t.definition.toLowerCase().includes(q));
  }, [terms, deferred]);
  return (
    <div className="glossary">
      <div className="field glossary-filter">
        <label htmlFor="glossary-q">{labels.filter}</label>
        <input id="glossary-q" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
        <p className="hint" aria-live="polite">{fillTemplate(labels.count, { n: shown.length }, lang)}</p>
      </div>
      <dl className="glossary-list">
        {shown.map((t) => (
          <div key={t.id} id={t.id} className="glossary-entry">
            <dt data-authored>
              <span lang="zh-CN">{t.zh}</span> · <span lang="en">{t.en}</span>
            </dt>
            <dd lang={lang}>
              <span data-authored>{t.definition}</span>
              {t.lessonHref && (
                <>
                  {' '}
                  <a href={t.lessonHref}>
                    {labels.lesson}{labels.colon}{t.lessonTitle}
                  </a>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
