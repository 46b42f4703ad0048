/**
 * JSON in and out: the JSON form of a message is the typed object itself.
 *
 * Design: JSON arrives from the browser editor and the CLI, so it is checked against the same
 * specs as XML: unknown keys, values of the wrong type and missing structure become Findings, and
 * the result is a well-shaped typed object (missing required fields as `""`) that `checkFormat`
 * can then judge. Numbers are accepted for leaf values and turned into their decimal string, but
 * a JSON number cannot carry trailing zeros or more than ~15 significant digits, so strings are
 * the recommended spelling.
 */

import type { Finding } from '../types.ts';
import { emptyNode } from './codec.ts';
import { joinPath, lessonForSpec, makeFinding, LESSON_IMPORT_FLOW } from './finding.ts';
import { baseSubscribeSpec, baseTransferSpec, rootAttributeSpecs } from './spec.ts';
import type { ChildSpec, GroupSpec, MessageSpec, RecordSpec } from './spec.ts';
import type { CebMessage, MessageKind } from './types.ts';
import type { DsReference, DsSignature, ExtendMessage, ParseResult, ParsedMessage, XmlAnyNode } from './base.ts';

type Obj = Record<string, unknown>;

interface JsonContext {
  readonly spec: MessageSpec;
  readonly lesson: string;
  readonly findings: Finding[];
  readonly synthesized: string[];
}

/**
 * Reads a message from its JSON form (a parsed value, or a JSON string). Never throws.
 * `specs` maps kinds to specs (the registry).
 */
export function decodeJson(value: unknown, specs: Readonly<Record<MessageKind, MessageSpec>>): ParseResult {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v) as unknown;
    } catch (e) {
      return fatal('JSON_MALFORMED', {
        zh: `JSON 无法解析（${e instanceof Error ? e.message : String(e)}）。请检查括号、引号和逗号。`,
        en: `The JSON cannot be parsed (${e instanceof Error ? e.message : String(e)}). Check brackets, quotes and commas.`,
      });
    }
  }
  if (!isObj(v)) {
    return fatal('JSON_MALFORMED', {
      zh: 'JSON 报文必须是一个对象，包含 kind（如 "CEB311"）和报文各节点。',
      en: 'A JSON message must be an object with a kind (e.g. "CEB311") and the message nodes.',
    });
  }
  const kind = v['kind'];
  const spec = typeof kind === 'string' && Object.hasOwn(specs, kind) ? specs[kind as MessageKind] : undefined;
  if (!spec) {
    return fatal('XML_UNKNOWN_ROOT', {
      zh: `kind 的值 ${JSON.stringify(kind) ?? 'undefined'} 不是可识别的报文类型；应为 "CEB311"、"CEB621" 等。`,
      en: `kind ${JSON.stringify(kind) ?? 'undefined'} is not a known message kind; expected "CEB311", "CEB621" and so on.`,
    });
  }
  const ctx: JsonContext = { spec, lesson: lessonForSpec(spec), findings: [], synthesized: [] };
  const msg: Obj = { kind: spec.kind };
  const known = new Set<string>(['kind']);
  for (const a of rootAttributeSpecs) {
    known.add(a.name);
    msg[a.name] = leaf(v[a.name], a.name, true, ctx) ?? '';
  }
  for (const c of spec.body) {
    known.add(c.name);
    const r = childSlot(v[c.name], c, '', ctx);
    if (r !== undefined) msg[c.name] = r;
  }
  if (spec.envelope !== 'none') {
    known.add('BaseTransfer').add('BaseSubscribe').add('ExtendMessage');
    msg['BaseTransfer'] = single(v['BaseTransfer'], baseTransferSpec, 'BaseTransfer', true, ctx);
    if (v['BaseSubscribe'] !== undefined) {
      msg['BaseSubscribe'] = array(v['BaseSubscribe'], 'BaseSubscribe', ctx).map((s, i) =>
        node(s, baseSubscribeSpec, `BaseSubscribe[${i}]`, ctx),
      );
    }
    if (v['ExtendMessage'] !== undefined) {
      const ext = extendMessage(v['ExtendMessage'], ctx);
      if (ext) msg['ExtendMessage'] = ext;
    }
  }
  if (spec.signature !== 'none') {
    known.add('Signature');
    if (v['Signature'] !== undefined) {
      const sig = signature(v['Signature'], ctx);
      if (sig) msg['Signature'] = sig;
    }
  }
  unknownKeys(v, known, '', ctx);
  const parsed: ParsedMessage = { message: msg as unknown as CebMessage, positions: {} };
  if (ctx.synthesized.length > 0) parsed.synthesized = ctx.synthesized;
  return { ok: true, parsed, findings: ctx.findings };
}

/** The JSON text of a message (pretty-printed, keys in spec order). */
export function encodeJson(message: CebMessage): string {
  return JSON.stringify(message, null, 2);
}

function fatal(code: string, message: { zh: string; en: string }): ParseResult {
  return { ok: false, findings: [makeFinding({ code, path: '', lesson: LESSON_IMPORT_FLOW, message })] };
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function childSlot(v: unknown, c: ChildSpec, base: string, ctx: JsonContext): unknown {
  const path = joinPath(base, c.name);
  if (c.max > 1) return array(v, path, ctx).map((item, i) => node(item, c.spec, `${path}[${i}]`, ctx));
  return single(v, c.spec, path, c.min > 0, ctx);
}

function array(v: unknown, path: string, ctx: JsonContext): unknown[] {
  if (v === undefined) return [];
  if (Array.isArray(v)) return v;
  invalid(path, '数组', 'an array', ctx);
  return [];
}

function single(v: unknown, spec: RecordSpec | GroupSpec, path: string, required: boolean, ctx: JsonContext): Obj | undefined {
  if (v === undefined) {
    if (!required) return undefined;
    ctx.findings.push(
      makeFinding({
        code: 'XML_MISSING_ELEMENT',
        path,
        lesson: ctx.lesson,
        message: {
          zh: `缺少必需的节点 ${path}（${spec.name}）。${ctx.spec.kind} 报文必须包含它。`,
          en: `The required node ${path} (${spec.name}) is missing. A ${ctx.spec.kind} message must contain it.`,
        },
      }),
    );
    ctx.synthesized.push(path);
    return emptyNode(spec);
  }
  return node(v, spec, path, ctx);
}

function node(v: unknown, spec: RecordSpec | GroupSpec, path: string, ctx: JsonContext): Obj {
  if (!isObj(v)) {
    invalid(path, '对象', 'an object', ctx);
    ctx.synthesized.push(path);
    return emptyNode(spec);
  }
  const out: Obj = {};
  const known = new Set<string>();
  if (spec.node === 'record') {
    for (const f of spec.fields) {
      known.add(f.name);
      const s = leaf(v[f.name], joinPath(path, f.name), f.required, ctx);
      if (s !== undefined) out[f.name] = s;
    }
  } else {
    for (const c of spec.children) {
      known.add(c.name);
      const r = childSlot(v[c.name], c, path, ctx);
      if (r !== undefined) out[c.name] = r;
    }
  }
  unknownKeys(v, known, path, ctx);
  return out;
}

function leaf(v: unknown, path: string, required: boolean, ctx: JsonContext): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (v === undefined || v === null) return required ? '' : undefined;
  invalid(path, '字符串', 'a string', ctx);
  return required ? '' : undefined;
}

function invalid(path: string, zhType: string, enType: string, ctx: JsonContext): void {
  ctx.findings.push(
    makeFinding({
      code: 'JSON_INVALID_VALUE',
      path,
      lesson: ctx.lesson,
      message: {
        zh: `${path} 的值类型错误，应为${zhType}。已按空值处理，请更正。`,
        en: `${path} has a value of the wrong type; it must be ${enType}. It was treated as empty; correct it.`,
      },
    }),
  );
}

function unknownKeys(v: Obj, known: ReadonlySet<string>, path: string, ctx: JsonContext): void {
  for (const k of Object.keys(v)) {
    if (known.has(k)) continue;
    ctx.findings.push(
      makeFinding({
        code: 'JSON_UNKNOWN_FIELD',
        path: joinPath(path, k),
        lesson: ctx.lesson,
        message: {
          zh: `字段 ${joinPath(path, k)} 不是 ${ctx.spec.kind} 报文规范定义的字段，已忽略。请检查拼写（字段名区分大小写）。`,
          en: `${joinPath(path, k)} is not a field of the ${ctx.spec.kind} standard and was ignored. Check its spelling (names are case-sensitive).`,
        },
      }),
    );
  }
}

function extendMessage(v: unknown, ctx: JsonContext): ExtendMessage | undefined {
  if (!isObj(v)) {
    invalid('ExtendMessage', '对象', 'an object', ctx);
    return undefined;
  }
  const message = Array.isArray(v['Message']) ? (v['Message'] as unknown[]).filter(isAnyNode) : [];
  return {
    name: leaf(v['name'], 'ExtendMessage.name', true, ctx) ?? '',
    version: leaf(v['version'], 'ExtendMessage.version', true, ctx) ?? '',
    Message: message,
  };
}

function isAnyNode(v: unknown): v is XmlAnyNode {
  if (typeof v === 'string') return true;
  return (
    isObj(v) &&
    typeof v['name'] === 'string' &&
    typeof v['namespace'] === 'string' &&
    isObj(v['attributes']) &&
    Array.isArray(v['children']) &&
    (v['children'] as unknown[]).every(isAnyNode)
  );
}

function signature(v: unknown, ctx: JsonContext): DsSignature | undefined {
  if (!isObj(v)) {
    invalid('Signature', '对象', 'an object', ctx);
    return undefined;
  }
  const s = (x: unknown, path: string): string => leaf(x, path, true, ctx) ?? '';
  const alg = (x: unknown, path: string): { Algorithm: string } => ({
    Algorithm: isObj(x) ? s(x['Algorithm'], `${path}.Algorithm`) : '',
  });
  const si = isObj(v['SignedInfo']) ? v['SignedInfo'] : {};
  const refs = Array.isArray(si['Reference']) ? (si['Reference'] as unknown[]) : [];
  const sig: DsSignature = {
    SignedInfo: {
      CanonicalizationMethod: alg(si['CanonicalizationMethod'], 'Signature.SignedInfo.CanonicalizationMethod'),
      SignatureMethod: alg(si['SignatureMethod'], 'Signature.SignedInfo.SignatureMethod'),
      Reference: refs.map((r, i) => {
        const rp = `Signature.SignedInfo.Reference[${i}]`;
        const ro = isObj(r) ? r : {};
        const ref: DsReference = {
          DigestMethod: alg(ro['DigestMethod'], `${rp}.DigestMethod`),
          DigestValue: s(ro['DigestValue'], `${rp}.DigestValue`),
        };
        if (typeof ro['URI'] === 'string') ref.URI = ro['URI'];
        if (Array.isArray(ro['Transforms'])) {
          ref.Transforms = (ro['Transforms'] as unknown[]).map((t, j) => alg(t, `${rp}.Transforms[${j}]`));
        }
        return ref;
      }),
    },
    SignatureValue: s(v['SignatureValue'], 'Signature.SignatureValue'),
  };
  if (typeof v['Id'] === 'string') sig.Id = v['Id'];
  if (isObj(v['KeyInfo'])) {
    const ki = v['KeyInfo'];
    sig.KeyInfo = {};
    if (typeof ki['KeyName'] === 'string') sig.KeyInfo.KeyName = ki['KeyName'];
    if (typeof ki['X509Certificate'] === 'string') sig.KeyInfo.X509Certificate = ki['X509Certificate'];
  }
  return sig;
}
