/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return -- fixtures and tests mutate typed messages by field name; the engine itself checks their shape */
/**
 * Engine throughput. Targets (issue): ≥ 2,000 complete import sets per second (four XML messages
 * parsed, checked, matched, taxed, run through the simulated customs), ≥ 100,000 business checks per
 * second on already-parsed messages, and a re-check of a 300-line message after an edit in < 5 ms.
 * `vitest bench` prints hz (operations per second) for each; the set/s figures are the hz values.
 */
import { describe, test } from 'vitest';
import { serializeMessage } from '../../../sandbox/src/messages/index.ts';
import { checkParsed, checkSubmission } from '../../../sandbox/src/engine.ts';
import { parseMessage } from '../../../sandbox/src/messages/index.ts';
import type { ParsedMessage } from '../../../sandbox/src/messages/types.ts';
import { asXml, clone, importSet, signed, type M } from '../../unit/sandbox/helpers.ts';

const xml = asXml(importSet());
const parsed: ParsedMessage[] = xml.map((x) => {
  const r = parseMessage(x);
  if (!r.ok) throw new Error('example does not parse');
  return r.parsed;
});
const inventory = parsed[3]!;

/** A CEB621 with 4 lists of 75 lines (300 lines; the XSD allows 99 lines per list). */
function bigInventory(): ParsedMessage {
  const m = clone<M>(importSet()[3]!);
  const node = m['Inventory'][0];
  const line = node['InventoryList'][0];
  node['InventoryList'] = Array.from({ length: 75 }, (_, i) => ({ ...clone(line), gnum: String(i + 1) }));
  m['Inventory'] = Array.from({ length: 4 }, (_, k) => {
    const n = clone(node);
    n['InventoryHead']['orderNo'] = `FSCB2026031500${k}`;
    n['InventoryHead']['copNo'] = `FSINV20260315${k}`;
    return n;
  });
  return { message: signed([m])[0]!, positions: {} };
}
const big = bigInventory();
let edit = 0;

/** A CEB621 of about 300 XML lines (one list, 14 items), as the learner edits it in the workbench. */
function editorInventory(): ParsedMessage {
  const m = clone<M>(importSet()[3]!);
  const node = m['Inventory'][0];
  const line = node['InventoryList'][0];
  node['InventoryList'] = Array.from({ length: 14 }, (_, i) => ({ ...clone(line), gnum: String(i + 1) }));
  const x = serializeMessage(signed([m])[0]!);
  const r = parseMessage(x);
  if (!r.ok) throw new Error('does not parse');
  return r.parsed;
}
const editor = editorInventory();
const editorLines = serializeMessage(editor.message).split('\n').length;

describe('sandbox engine throughput', () => {
  test('complete import sets: 4 XML messages → findings, receipts, tax bill (target ≥ 2,000/s)', async ({ bench }) => {
    await bench.compare(
      bench('checkSubmission(XML CEB311+411+511+621)', () => {
        checkSubmission({ messages: xml });
      }),
      bench('same, signatures not verified', () => {
        checkSubmission({ messages: xml, verifySignatures: false });
      }),
    );
  });

  test('already-parsed messages (target ≥ 100,000 checks/s)', async ({ bench }) => {
    await bench.compare(
      bench('checkParsed(one CEB621), business rules', () => {
        checkParsed([inventory], { verifySignatures: false, formatCheck: false });
      }),
      bench('checkParsed(import set), business rules', () => {
        checkParsed(parsed, { verifySignatures: false, formatCheck: false });
      }),
      bench('checkParsed(import set), every rule incl. format + signatures', () => {
        checkParsed(parsed);
      }),
    );
  });

  test(`re-check after an edit (target < 5 ms): ${editorLines}-line XML message, and a 300-item message`, async ({ bench }) => {
    await bench.compare(
      bench(`edit + checkParsed, ${editorLines} XML lines, every rule`, () => {
        const msg = editor.message as unknown as M;
        msg['Inventory'][0]['InventoryList'][edit % 14]['gmodel'] = `900克/罐|${edit}`;
        edit++;
        checkParsed([editor]);
      }),
      bench('edit + checkParsed, 4 lists × 75 items, every rule', () => {
        const msg = big.message as unknown as M;
        msg['Inventory'][edit % 4]['InventoryList'][edit % 75]['gmodel'] = `900克/罐|${edit}`;
        edit++;
        checkParsed([big]);
      }),
    );
  });
});
