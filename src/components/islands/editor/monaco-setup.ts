/// <reference types="vite/client" />
/**
 * The Monaco editor, bundled with the site (never a CDN: the academy must work with no internet)
 * and loaded only by the declaration editor, lazily. Only what the editor uses is imported: the
 * core editor API, the XML basic language, the editor worker, and the few editor contributions the
 * features need (suggest widget, hover, find, folding, bracket matching, marker navigation,
 * cursor commands). `monaco-editor` itself (all languages and workers) would be ~11.7 MB.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/xml/register';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/codicon/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { loader } from '@monaco-editor/react';
import { completeAt, hoverAt, type EditorLocale } from '#lib/editor/help.ts';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

window.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });

/**
 * Monaco's own light and dark themes with the XML colours that fall short of WCAG AA (4.5:1 against
 * the editor's background, found by Lighthouse) darkened or lightened: the `<?xml ?>` declaration and
 * attribute names in light (#808080 3.9:1, #ff0000 4.0:1), delimiters and comments in dark (4.2:1).
 */
export const EDITOR_THEMES = { light: 'academy-light', dark: 'academy-dark' } as const;
monaco.editor.defineTheme(EDITOR_THEMES.light, {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'metatag.xml', foreground: '595959' },
    { token: 'attribute.name', foreground: 'C00000' },
  ],
  colors: {},
});
monaco.editor.defineTheme(EDITOR_THEMES.dark, {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'delimiter.xml', foreground: '9E9E9E' },
    { token: 'comment', foreground: '6A9955' },
  ],
  colors: {},
});

let providersFor: EditorLocale | null = null;

/** Registers completion and hover for CEB messages (once per page; one page has one language). */
export function registerCebLanguageFeatures(locale: EditorLocale): void {
  if (providersFor !== null) return;
  providersFor = locale;
  monaco.languages.registerCompletionItemProvider('xml', {
    triggerCharacters: ['<', '/', ':'],
    provideCompletionItems(model, position) {
      const text = model.getValue();
      const offset = model.getOffsetAt(position);
      const c = completeAt(text, offset, locale);
      const start = model.getPositionAt(c.start);
      const end = model.getPositionAt(c.end);
      const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
      return {
        suggestions: c.items.map((item) => ({
          label: item.label,
          insertText: item.insertText,
          insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
          filterText: item.filterText,
          detail: item.detail,
          ...(item.documentation === '' ? {} : { documentation: { value: item.documentation } }),
          kind: item.kind === 'element' ? monaco.languages.CompletionItemKind.Property : monaco.languages.CompletionItemKind.EnumMember,
          sortText: item.sortText,
          range,
        })),
      };
    },
  });
  monaco.languages.registerHoverProvider('xml', {
    provideHover(model, position) {
      const h = hoverAt(model.getValue(), model.getOffsetAt(position), locale);
      if (!h) return null;
      const s = model.getPositionAt(h.start);
      const e = model.getPositionAt(h.end);
      return { range: new monaco.Range(s.lineNumber, s.column, e.lineNumber, e.column), contents: h.contents.map((value) => ({ value })) };
    },
  });
}

export { monaco };
