/** The problems of the edited document: a real list, each with its code, place and lesson link. */
import type { Problem } from '#lib/editor/diagnostics.ts';
import { editorText, type EditorKey } from '#i18n/areas/editor.ts';

interface Props {
  problems: Problem[];
  others: number;
  locale: 'zh-CN' | 'en';
  lessonBase: string;
  lessonTitles: Readonly<Record<string, string>>;
  headingId: string;
  onGoto: (line: number, column: number) => void;
}

export default function ProblemsList({ problems, others, locale, lessonBase, lessonTitles, headingId, onGoto }: Props) {
  const t = (key: EditorKey, vars?: Record<string, string | number>) => editorText(locale, key, vars);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <section className="editor-problems" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('editor.problems.title')} <span className="editor-count">({t('editor.problems.summary', { errors, warnings: problems.length - errors })})</span>
      </h3>
      {problems.length === 0 ? (
        <p className="editor-ok">{t('editor.problems.none')}</p>
      ) : (
        <ul className="editor-problem-list">
          {problems.map((p, i) => (
            <li key={`${p.code}-${p.path}-${i}`} className={`editor-problem is-${p.severity}`} data-code={p.code}>
              <span className={`tag editor-sev-${p.severity}`}>{t(p.severity === 'error' ? 'editor.severity.error' : 'editor.severity.warning')}</span>{' '}
              <code>{p.code}</code> <span className="editor-problem-msg">{p.message}</span>{' '}
              <button type="button" className="editor-goto" onClick={() => onGoto(p.line, p.column)}>
                {t('editor.problems.goto')}: {t('editor.problems.where', { line: p.line, column: p.column })}
              </button>{' '}
              <a href={`${lessonBase}${p.lesson}`} className="editor-lesson">
                {t('editor.problems.lesson')}: {lessonTitles[p.lesson] ?? p.lesson}
              </a>
            </li>
          ))}
        </ul>
      )}
      {others > 0 && <p className="hint">{t('editor.problems.others', { n: others })}</p>}
    </section>
  );
}
