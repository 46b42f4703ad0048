/** Interface strings of the editor area (see README.md in this folder). */
import { fillTemplate } from '../fill.ts';

export const zh = {
  'editor.label': '报文 XML 编辑器：{kind}',
  'editor.loading': '正在加载编辑器……加载完成前可直接编辑下方文本框。',
  'editor.loadFailed': '编辑器未能加载，请直接编辑文本框中的 XML；提交时服务器仍会完整检查。',
  'editor.tabs': '编辑方式',
  'editor.tab.xml': 'XML',
  'editor.tab.form': '表单',
  'editor.problems.title': '问题',
  'editor.problems.none': '没有发现问题。',
  'editor.problems.summary': '{errors} 个错误，{warnings} 个警告',
  'editor.problems.others': '同一组其他单证中另有 {n} 个问题。',
  'editor.problems.where': '第 {line} 行，第 {column} 列',
  'editor.problems.lesson': '讲解课程',
  'editor.problems.goto': '跳到此处',
  'editor.severity.error': '错误',
  'editor.severity.warning': '警告',
  'editor.checked': '已检查（{ms} 毫秒）',
  'editor.hover.required': '必填',
  'editor.hover.optional': '选填',
  'editor.hover.type': '类型',
  'editor.hover.fixed': '固定值',
  'editor.hover.value': '代码含义',
  'editor.hover.codes': '可用代码：{n} 个（输入时自动提示）',
  'editor.form.unreadable': '当前 XML 无法读取，请先在 XML 视图中修正；表单会随之更新。',
  'editor.form.line': '第 {n} 行',
  'editor.form.lines': '表体',
  'editor.form.envelope': '报文传输信息',
  'editor.form.item': '第 {n} 项',
  'editor.form.root': '报文属性',
  'editor.preview.title': '报文编辑器预览',
  'editor.preview.lead':
    '这里用一套示例单证（订单 CEB311、支付单 CEB411、运单 CEB511、清单 CEB621）演示报文编辑器：输入时提示元素和代码，悬停查看字段说明，浏览器内的检查引擎即时标出问题并链接到讲解课程，三单对碰的问题也会显示。此处的修改不会保存。',
  'editor.preview.noscript': '未启用 JavaScript 时可直接编辑文本框中的 XML。',
  'editor.preview.doc': '{kind} {title}',
  'editor.preview.companions': '同组其他单证',
  'editor.preview.companionsLead': '这些单证与上面的清单一起检查；修改它们，清单中的三单对碰问题会随之更新。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'editor.label': 'Message XML editor: {kind}',
  'editor.loading': 'Loading the editor… until it is ready you can edit the text box below.',
  'editor.loadFailed': 'The editor could not load. Edit the XML in the text box; the server still checks everything when you submit.',
  'editor.tabs': 'Editing mode',
  'editor.tab.xml': 'XML',
  'editor.tab.form': 'Form',
  'editor.problems.title': 'Problems',
  'editor.problems.none': 'No problems found.',
  'editor.problems.summary': '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}',
  'editor.problems.others': '{n, plural, one {# more problem} other {# more problems}} in the other documents of this set.',
  'editor.problems.where': 'line {line}, column {column}',
  'editor.problems.lesson': 'Lesson',
  'editor.problems.goto': 'Go to',
  'editor.severity.error': 'Error',
  'editor.severity.warning': 'Warning',
  'editor.checked': 'Checked ({ms} ms)',
  'editor.hover.required': 'required',
  'editor.hover.optional': 'optional',
  'editor.hover.type': 'Type',
  'editor.hover.fixed': 'Fixed value',
  'editor.hover.value': 'Code means',
  'editor.hover.codes': '{n, plural, one {# code} other {# codes}} available (suggested as you type)',
  'editor.form.unreadable': 'The XML cannot be read right now. Fix it in the XML view; the form follows.',
  'editor.form.line': 'Line {n}',
  'editor.form.lines': 'Lines',
  'editor.form.envelope': 'Transmission',
  'editor.form.item': 'Item {n}',
  'editor.form.root': 'Message attributes',
  'editor.preview.title': 'Message editor preview',
  'editor.preview.lead':
    'A sample declaration set (order CEB311, payment CEB411, waybill CEB511, list CEB621) in the message editor: elements and codes are suggested as you type, hovering explains a field, and the check engine running in your browser marks problems at once, with a link to the lesson that explains each, three-document matching included. Nothing here is saved.',
  'editor.preview.noscript': 'Without JavaScript, edit the XML in the text boxes directly.',
  'editor.preview.doc': '{kind} {title}',
  'editor.preview.companions': 'The other documents of the set',
  'editor.preview.companionsLead': 'These are checked together with the list above; change them and the three-document matching problems of the list follow.',
};

export type EditorKey = keyof typeof zh;

/** The editor's strings in one locale, with `{name}` placeholders filled (framework-free, for the island). */
export function editorText(locale: 'zh-CN' | 'en', key: EditorKey, vars?: Record<string, string | number>): string {
  return fillTemplate((locale === 'en' ? en : zh)[key], vars, locale);
}
