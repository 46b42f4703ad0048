/**
 * fast-check arbitraries generating valid messages of any kind from the message specs.
 */

import fc from 'fast-check';
import { baseSubscribeSpec, baseTransferSpec, MESSAGE_SPECS } from '#sandbox/messages/index.ts';
import type { CebMessage, FieldSpec, GroupSpec, MessageKind, RecordSpec } from '#sandbox/messages/index.ts';
import { allowedCodes } from '#sandbox/rules/format.ts';

const CHARS = 'aZ09 -_/中文抚顺&<>"\''.split('');

function digits(min: number, max: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...'0123456789'.split('')), { minLength: min, maxLength: max }).map((d) => d.join(''));
}

const two = (n: number): string => String(n).padStart(2, '0');
const date8 = fc
  .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}${two(m)}${two(d)}`);
const time6 = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m, s]) => `${two(h)}${two(m)}${two(s)}`);

/** A value the format check accepts for this field. */
export function fieldValue(f: FieldSpec): fc.Arbitrary<string> {
  if (f.fixed !== undefined) return fc.constant(f.fixed);
  const codes = allowedCodes(f);
  if (codes !== undefined) return fc.constantFrom(...codes);
  switch (f.format) {
    case 'guid':
      return fc.uuid().map((u) => u.toUpperCase());
    case 'appType':
      return fc.constantFrom('1', '2', '3');
    case 'appStatus':
      return fc.constantFrom('1', '2');
    case 'date8':
      return date8;
    case 'datetime14':
      return fc.tuple(date8, time6).map(([d, t]) => d + t);
    case 'datetime17':
      return fc.tuple(date8, time6, digits(3, 3)).map(([d, t, ms]) => d + t + ms);
    default:
      break;
  }
  if (f.base === 'int') return fc.integer({ min: 0, max: 10 ** Math.min(f.totalDigits ?? 9, 5) - 1 }).map(String);
  if (f.base === 'decimal') {
    const maxFrac = f.money ? 2 : Math.min(f.fractionDigits ?? 0, 5);
    return fc
      .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.option(digits(1, maxFrac), { nil: undefined }))
      .map(([i, frac]) => (frac === undefined || maxFrac === 0 ? String(i) : `${i}.${frac}`));
  }
  const min = f.length ?? Math.max(f.minLength ?? 0, f.required ? 1 : 0);
  const max = f.length ?? Math.min(f.maxLength ?? 30, 30);
  return fc
    .array(fc.constantFrom(...CHARS), { minLength: min, maxLength: Math.max(min, max) })
    .map((cs) => cs.join(''))
    // Leading/trailing white space is legal but draws a warning; keep generated values clean.
    .filter((s) => s.trim() === s && !/ {2}/.test(s) && (!f.required || s !== ''));
}

export function recordValue(spec: RecordSpec): fc.Arbitrary<Record<string, string>> {
  const model: Record<string, fc.Arbitrary<string>> = {};
  const requiredKeys: string[] = [];
  for (const f of spec.fields) {
    model[f.name] = fieldValue(f);
    if (f.required) requiredKeys.push(f.name);
  }
  return fc.record(model, { requiredKeys });
}

function nodeValue(spec: RecordSpec | GroupSpec): fc.Arbitrary<unknown> {
  if (spec.node === 'record') return recordValue(spec);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const c of spec.children) {
    model[c.name] =
      c.max > 1 ? fc.array(nodeValue(c.spec), { minLength: c.min, maxLength: Math.min(c.max, Math.max(c.min, 3)) }) : nodeValue(c.spec);
  }
  return fc.record(model);
}

const signature = fc.record({
  SignedInfo: fc.record({
    CanonicalizationMethod: fc.constant({ Algorithm: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315' }),
    SignatureMethod: fc.constant({ Algorithm: 'http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3' }),
    Reference: fc.array(
      fc.record(
        {
          URI: fc.constant(''),
          Transforms: fc.constant([{ Algorithm: 'http://www.w3.org/2000/09/xmldsig#enveloped-signature' }]),
          DigestMethod: fc.constant({ Algorithm: 'http://www.chinaport.gov.cn/2022/04/xmldsig#sm3' }),
          DigestValue: fc.base64String({ minLength: 4, maxLength: 44 }),
        },
        { requiredKeys: ['DigestMethod', 'DigestValue'] },
      ),
      { minLength: 1, maxLength: 2 },
    ),
  }),
  SignatureValue: fc.base64String({ minLength: 4, maxLength: 88 }),
  KeyInfo: fc.record({ KeyName: fc.constantFrom('0001', 'EBC-2104960035') }),
});

/** Valid messages of `kind`, with 1–3 business nodes and optional envelope parts. */
export function messageArbitrary(kind: MessageKind): fc.Arbitrary<CebMessage> {
  const spec = MESSAGE_SPECS[kind];
  const model: Record<string, fc.Arbitrary<unknown>> = {
    kind: fc.constant(kind),
    guid: fc.uuid().map((u) => u.toUpperCase()),
    version: fc.constant('1.0'),
  };
  const requiredKeys = ['kind', 'guid', 'version'];
  for (const c of spec.body) {
    model[c.name] = c.max > 1 ? fc.array(nodeValue(c.spec), { minLength: c.min, maxLength: Math.min(c.max, 3) }) : nodeValue(c.spec);
    requiredKeys.push(c.name);
  }
  if (spec.envelope !== 'none') {
    model['BaseTransfer'] = recordValue(baseTransferSpec);
    requiredKeys.push('BaseTransfer');
    model['BaseSubscribe'] = fc.array(recordValue(baseSubscribeSpec), { minLength: 1, maxLength: 2 });
    model['ExtendMessage'] = fc.record({
      name: fc.constantFrom('fushun-ext'),
      version: fc.constantFrom('1.0'),
      Message: fc.constantFrom([], ['备注文本'], [{ name: 'memo', namespace: 'urn:fushun', attributes: { lang: 'zh' }, children: ['x&y'] }]),
    });
  }
  if (spec.signature !== 'none') {
    model['Signature'] = signature;
    if (spec.signature === 'required') requiredKeys.push('Signature');
  }
  return fc.record(model, { requiredKeys }) as unknown as fc.Arbitrary<CebMessage>;
}
