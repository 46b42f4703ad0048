/** The form view of a message: labelled fields per record and a table per repeated record. */
import type { FormField, FormModel, FormSection } from '#lib/editor/form-model.ts';
import { editorText, type EditorKey } from '#i18n/areas/editor.ts';
import { codeValuesOf } from '#lib/editor/code-values.ts';

interface Props {
  model: FormModel | null;
  locale: 'zh-CN' | 'en';
  idBase: string;
  onEdit: (path: string, value: string) => void;
}

const inputId = (idBase: string, path: string): string => `${idBase}-f-${path.replace(/[^\w-]/g, '_')}`;

function label(f: Pick<FormField, 'zh' | 'en' | 'name'>, locale: 'zh-CN' | 'en'): string {
  const zhShort = f.zh.split(/[。，,；;（(:：]/)[0]?.trim() || f.name;
  if (locale === 'en') return f.en !== '' ? f.en : zhShort;
  return zhShort.length > 24 ? `${zhShort.slice(0, 24)}…` : zhShort;
}

const listId = (idBase: string, name: string): string => `${idBase}-codes-${name}`;

function FieldInput({ field, id, idBase, onEdit, ariaLabel }: { field: FormField; id: string; idBase: string; onEdit: Props['onEdit']; ariaLabel?: string }) {
  return (
    <input
      {...(field.coded ? { list: listId(idBase, field.name) } : {})}
      id={id}
      type="text"
      value={field.value}
      aria-label={ariaLabel}
      aria-required={field.required}
      spellCheck={false}
      autoComplete="off"
      {...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {})}
      onChange={(e) => onEdit(field.path, e.currentTarget.value)}
    />
  );
}

function Section({ section, locale, idBase, onEdit }: { section: FormSection; locale: Props['locale']; idBase: string; onEdit: Props['onEdit'] }) {
  const t = (key: EditorKey, vars?: Record<string, string | number>) => editorText(locale, key, vars);
  const title = section.path === '' ? t('editor.form.root') : `${section.name}${section.zh || section.en ? ` · ${locale === 'en' ? section.en || section.zh : section.zh || section.en}` : ''}`;
  if (section.type === 'record') {
    return (
      <fieldset className="editor-form-record">
        <legend>
          {title} <code className="editor-path">{section.path}</code>
        </legend>
        <div className="editor-form-grid">
          {section.fields.map((f) => (
            <div className="editor-form-field" key={f.path}>
              <label htmlFor={inputId(idBase, f.path)}>
                {label(f, locale)} <code>{f.name}</code>
                {f.required && <span className="editor-req"> ({t('editor.hover.required')})</span>}
              </label>
              <FieldInput field={f} id={inputId(idBase, f.path)} idBase={idBase} onEdit={onEdit} />
            </div>
          ))}
        </div>
      </fieldset>
    );
  }
  return (
    <div className="editor-form-table" role="group" aria-labelledby={`${inputId(idBase, section.path)}-cap`}>
      <table>
        <caption id={`${inputId(idBase, section.path)}-cap`}>
          {title} <code className="editor-path">{section.path}</code>
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            {section.columns.map((c) => (
              <th scope="col" key={c.name} title={c.zh}>
                <code>{c.name}</code>
                <span className="editor-col-label">{label(c, locale)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {section.rows.map((row, i) => (
            <tr key={row.path}>
              <th scope="row">{i + 1}</th>
              {row.cells.map((cell) => (
                <td key={cell.path}>
                  <FieldInput field={cell} id={inputId(idBase, cell.path)} idBase={idBase} onEdit={onEdit} ariaLabel={`${cell.name} · ${t('editor.form.line', { n: i + 1 })}`} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function FormView({ model, locale, idBase, onEdit }: Props) {
  if (!model) return <p className="notice">{editorText(locale, 'editor.form.unreadable')}</p>;
  const coded = new Set(model.sections.flatMap((s) => (s.type === 'record' ? s.fields : s.rows.flatMap((r) => r.cells))).filter((f) => f.coded).map((f) => f.name));
  return (
    <div className="editor-form">
      {[...coded].map((name) => (
        <datalist key={name} id={listId(idBase, name)}>
          {codeValuesOf(name)?.map((v) => (
            <option key={v.code} value={v.code}>
              {locale === 'en' ? `${v.en} · ${v.zh}` : `${v.zh} · ${v.en}`}
            </option>
          ))}
        </datalist>
      ))}
      {model.sections.map((s) => (
        <Section key={`${s.type}:${s.path}`} section={s} locale={locale} idBase={idBase} onEdit={onEdit} />
      ))}
    </div>
  );
}
