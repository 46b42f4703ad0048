/**
 * The heavy half of the declaration editor, loaded by `DeclarationEditor` with a dynamic import:
 * Monaco (XML view) and the form view over one text, live engine diagnostics as markers and a
 * problems list. The surrounding form's textarea stays the value that is submitted: every edit is
 * written back to it with an `input` event.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import { EDITOR_THEMES, monaco, registerCebLanguageFeatures } from './monaco-setup.ts';
import FormView from './FormView.tsx';
import ProblemsList from './ProblemsList.tsx';
import { SetChecker, findingsOf, toMarkers, toProblems, type EditorCheckContext, type Problem } from '#lib/editor/diagnostics.ts';
import { applyFormEdit, buildFormModel, type FormModel } from '#lib/editor/form-model.ts';
import { parseMessage } from '#sandbox';
import { editorText, type EditorKey } from '#i18n/areas/editor.ts';

type StandaloneEditor = Parameters<OnMount>[0];

export interface EditorPanelProps {
  textarea: HTMLTextAreaElement;
  locale: 'zh-CN' | 'en';
  asOf: string;
  /** The server's check context; see `EditorCheckContext`. */
  checkContext?: EditorCheckContext | undefined;
  companionIds: readonly string[];
  lessonBase: string;
  lessonTitles: Readonly<Record<string, string>>;
  onReady: () => void;
}

function isDark(): boolean {
  const theme = document.documentElement.dataset['theme'];
  return theme === 'dark' || (theme === undefined && window.matchMedia('(prefers-color-scheme: dark)').matches);
}

/** Leading-edge check after a pause, then at most one per THROTTLE_MS while typing continues. */
const THROTTLE_MS = 120;

export default function EditorPanel({ textarea, locale, asOf, checkContext, companionIds, lessonBase, lessonTitles, onReady }: EditorPanelProps) {
  const t = (key: EditorKey, vars?: Record<string, string | number>) => editorText(locale, key, vars);
  const id = textarea.id;
  const [tab, setTab] = useState<'xml' | 'form'>('xml');
  const [text, setText] = useState(textarea.value);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [others, setOthers] = useState(0);
  const [checkMs, setCheckMs] = useState<number | null>(null);
  const editorRef = useRef<StandaloneEditor | null>(null);
  const rootRef = useRef<HTMLDivElement | null>(null);
  const checker = useMemo(() => new SetChecker({ asOf, context: checkContext }), [asOf, checkContext]);
  const kind = /<(?:[\w.-]+:)?(CEB\d{3})Message\b/.exec(textarea.value)?.[1] ?? 'XML';

  /** The documents of the set in page order, and which one is ours. */
  const setElements = useCallback((): HTMLTextAreaElement[] => {
    const els = [textarea, ...companionIds.map((c) => document.getElementById(c)).filter((e): e is HTMLTextAreaElement => e instanceof HTMLTextAreaElement && e !== textarea)];
    return els.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }, [textarea, companionIds]);

  const runCheck = useCallback(() => {
    const ed = editorRef.current;
    const model = ed?.getModel();
    if (!ed || !model) return;
    const els = setElements();
    const self = els.indexOf(textarea);
    const own = model.getValue();
    const result = checker.check(
      els.map((el) => (el === textarea ? own : el.value)),
      self,
    );
    const mine = findingsOf(result.findings, self);
    monaco.editor.setModelMarkers(
      model,
      'cbec',
      toMarkers(mine, own, locale).map((m) => ({ ...m, severity: m.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning })),
    );
    setProblems(toProblems(mine, locale));
    setOthers(result.findings.length - mine.length);
    setCheckMs(result.ms);
    rootRef.current?.dispatchEvent(new CustomEvent('cbec-editor:checked', { bubbles: true, detail: { ms: result.ms, findings: mine.length } }));
  }, [checker, locale, setElements, textarea]);

  // throttle: check at once after a pause, then at most every THROTTLE_MS
  const timer = useRef<number | null>(null);
  const lastRun = useRef(0);
  const schedule = useCallback(() => {
    if (timer.current !== null) return;
    const wait = Math.max(0, lastRun.current + THROTTLE_MS - performance.now());
    const fire = () => {
      timer.current = null;
      lastRun.current = performance.now();
      runCheck();
    };
    if (wait === 0) {
      timer.current = -1;
      queueMicrotask(fire);
    } else timer.current = window.setTimeout(fire, wait);
  }, [runCheck]);

  useEffect(() => {
    const els = companionIds.map((c) => document.getElementById(c)).filter((e): e is HTMLElement => e !== null);
    for (const el of els) el.addEventListener('input', schedule);
    return () => {
      for (const el of els) el.removeEventListener('input', schedule);
      if (timer.current !== null && timer.current > 0) window.clearTimeout(timer.current);
    };
  }, [companionIds, schedule]);

  const onMount: OnMount = (ed) => {
    editorRef.current = ed;
    registerCebLanguageFeatures(locale);
    ed.onDidChangeModelContent(() => {
      const value = ed.getValue();
      textarea.value = value;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
      setText(value);
      schedule();
    });
    runCheck();
    onReady();
  };

  const formModel: FormModel | null = useMemo(() => {
    if (tab !== 'form') return null;
    const r = parseMessage(text);
    return r.ok ? buildFormModel(r.parsed.message) : null;
  }, [tab, text]);

  const onFormEdit = (path: string, value: string) => {
    const ed = editorRef.current;
    const model = ed?.getModel();
    if (!ed || !model) return;
    const next = applyFormEdit(model.getValue(), path, value);
    if (next === undefined) return;
    ed.pushUndoStop();
    ed.executeEdits('form', [{ range: model.getFullModelRange(), text: next }]);
    ed.pushUndoStop();
  };

  const gotoProblem = (line: number, column: number) => {
    setTab('xml');
    const ed = editorRef.current;
    if (!ed) return;
    requestAnimationFrame(() => {
      ed.layout();
      ed.revealLineInCenter(line);
      ed.setPosition({ lineNumber: line, column });
      ed.focus();
    });
  };

  const errors = problems.filter((p) => p.severity === 'error').length;
  const [dark, setDark] = useState(isDark);
  useEffect(() => {
    // follow the site's theme switch
    const obs = new MutationObserver(() => setDark(isDark()));
    obs.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => obs.disconnect();
  }, []);

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const next = e.key === 'Home' ? 'xml' : e.key === 'End' ? 'form' : tab === 'xml' ? 'form' : 'xml';
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };

  useEffect(() => {
    if (tab === 'xml') editorRef.current?.layout();
  }, [tab]);

  return (
    <div className="decl-editor" ref={rootRef} data-editor-for={id}>
      <div className="decl-editor-bar">
        <h3 className="decl-editor-label" id={`${id}-label`}>
          {t('editor.label', { kind })}
        </h3>
        <div role="tablist" aria-label={t('editor.tabs')} className="decl-editor-tabs">
          {(['xml', 'form'] as const).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`${id}-tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`${id}-panel-${name}`}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => setTab(name)}
              onKeyDown={onTabKey}
            >
              {t(name === 'xml' ? 'editor.tab.xml' : 'editor.tab.form')}
            </button>
          ))}
        </div>
        <p className="decl-editor-status">{checkMs !== null ? t('editor.checked', { ms: checkMs.toFixed(1) }) : ''}</p>
        {/* announced only when the counts change, not at every keystroke */}
        <p className="visually-hidden" aria-live="polite">
          {checkMs !== null ? `${t('editor.problems.title')}: ${t('editor.problems.summary', { errors, warnings: problems.length - errors })}` : ''}
        </p>
      </div>
      <div role="tabpanel" id={`${id}-panel-xml`} aria-labelledby={`${id}-tab-xml`} hidden={tab !== 'xml'} className="decl-editor-monaco">
        <Editor
          height="480px"
          defaultLanguage="xml"
          theme={dark ? EDITOR_THEMES.dark : EDITOR_THEMES.light}
          defaultValue={textarea.value}
          path={`inmemory://declarations/${id}.xml`}
          onMount={onMount}
          loading={t('editor.loading')}
          options={{
            ariaLabel: t('editor.label', { kind }),
            minimap: { enabled: false },
            automaticLayout: true,
            fontSize: 14,
            tabSize: 2,
            insertSpaces: false,
            scrollBeyondLastLine: false,
            quickSuggestions: { other: true, comments: false, strings: true },
            suggestOnTriggerCharacters: true,
            wordBasedSuggestions: 'off',
            fixedOverflowWidgets: true,
          }}
        />
      </div>
      <div role="tabpanel" id={`${id}-panel-form`} aria-labelledby={`${id}-tab-form`} hidden={tab !== 'form'} className="decl-editor-formpanel">
        {tab === 'form' && <FormView model={formModel} locale={locale} idBase={id} onEdit={onFormEdit} />}
      </div>
      <ProblemsList problems={problems} others={others} locale={locale} lessonBase={lessonBase} lessonTitles={lessonTitles} headingId={`${id}-problems`} onGoto={gotoProblem} />
    </div>
  );
}
