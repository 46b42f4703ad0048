/**
 * The declaration editor island (`client:only="react"`). The page renders a plain textarea inside
 * a form that posts to the server (the no-JavaScript path); this island reads the XML from it,
 * loads Monaco and the in-browser check engine lazily once the page is usable, then hides the
 * textarea (it stays in the form) and writes every edit back into it. Until the editor is ready,
 * or if it cannot load, the textarea stays usable.
 */
import { Component, lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { editorText } from '#i18n/areas/editor.ts';
import type { EditorPanelProps } from './editor/EditorPanel.tsx';
import type { EditorCheckContext } from '#lib/editor/diagnostics.ts';
import '#styles/editor.css';

export interface DeclarationEditorProps {
  textareaId: string;
  locale: 'zh-CN' | 'en';
  asOf: string;
  companionIds?: string[];
  lessonBase: string;
  /** Lesson slug → title in the page's language, so problem links name the lesson. */
  lessonTitles?: Readonly<Record<string, string>>;
  /** The server's check context (ledger, released lists, signing step), so the editor shows the server's verdict. */
  checkContext?: EditorCheckContext;
}

/** Resolves once the page has loaded and the browser is idle, so the editor never delays the page. */
function whenPageUsable(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => {
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout: 1500 });
      else window.setTimeout(resolve, 50);
    };
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  });
}

const NO_TITLES: Readonly<Record<string, string>> = {};

let panelPromise: Promise<{ default: ComponentType<EditorPanelProps> }> | null = null;
const loadPanel = () => (panelPromise ??= whenPageUsable().then(() => import('./editor/EditorPanel.tsx')));
const EditorPanel = lazy(loadPanel);

const NO_COMPANIONS: string[] = [];

/** Keeps the page working if the editor chunk fails to load or throws: the textarea stays in use. */
class Fallback extends Component<{ children: ReactNode; onError: () => void }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(): void {
    this.props.onError();
  }
  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

export default function DeclarationEditor({ textareaId, locale, asOf, companionIds = NO_COMPANIONS, lessonBase, lessonTitles = NO_TITLES, checkContext }: DeclarationEditorProps) {
  const [textarea, setTextarea] = useState<HTMLTextAreaElement | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    const el = document.getElementById(textareaId);
    if (!(el instanceof HTMLTextAreaElement)) {
      setState('failed');
      return;
    }
    setTextarea(el);
    loadPanel().catch(() => setState('failed'));
  }, [textareaId]);

  useEffect(() => {
    if (!textarea) return;
    // hidden from view and from assistive technology, still submitted with the form
    if (state === 'ready') textarea.hidden = true;
    return () => {
      textarea.hidden = false;
    };
  }, [textarea, state]);

  if (state === 'failed' || !textarea) {
    return state === 'failed' ? (
      <p className="notice decl-editor-fallback" role="status">
        {editorText(locale, 'editor.loadFailed')}
      </p>
    ) : null;
  }
  return (
    <div className="decl-editor-island" data-state={state}>
      {state === 'loading' && (
        <p className="hint decl-editor-loading" role="status">
          {editorText(locale, 'editor.loading')}
        </p>
      )}
      <Fallback onError={() => setState('failed')}>
        <Suspense fallback={null}>
          <EditorPanel textarea={textarea} locale={locale} asOf={asOf} checkContext={checkContext} companionIds={companionIds} lessonBase={lessonBase} lessonTitles={lessonTitles} onReady={() => setState('ready')} />
        </Suspense>
      </Fallback>
    </div>
  );
}
