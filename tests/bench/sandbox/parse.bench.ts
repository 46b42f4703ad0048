/**
 * Parsing throughput. Target for the whole engine: 2,000 complete import sets (4 messages parsed
 * and checked) per second on one core, so one ~3 KB message should parse in ~0.1–0.2 ms.
 * `readXml` rows show the XML reader alone (tokenizer, tree, line index); `parseMessage` adds the
 * typed message, its findings and the position map.
 */

import { describe, test } from 'vitest';
import { exampleMessage, parseMessage, serializeMessage } from '#sandbox/messages/index.ts';
import { checkFormat } from '#sandbox/rules/format.ts';
import { readXml } from '#sandbox/xml/reader.ts';

// Bound once: calling through the module namespace in the loop would time vitest's export getters.
const parse = parseMessage;
const check = checkFormat;
const read = readXml;

const small = exampleMessage('CEB621');
const smallXml = serializeMessage(small);

// ~300 lines: one inventory with enough list items (each item is ~17 lines).
const large = exampleMessage('CEB621');
const firstItem = large.Inventory[0]!.InventoryList[0]!;
large.Inventory[0]!.InventoryList = Array.from({ length: 14 }, (_, i) => ({ ...firstItem, gnum: String(i + 1) }));
const largeXml = serializeMessage(large);

const importSet = (['CEB311', 'CEB411', 'CEB511', 'CEB621'] as const).map((k) => serializeMessage(exampleMessage(k)));

describe('sandbox parse throughput', () => {
  test(`CEB621 ~3 KB (${smallXml.length} chars, ${smallXml.split('\n').length} lines)`, async ({ bench }) => {
    await bench.compare(
      bench('readXml', () => {
        read(smallXml);
      }),
      bench('parseMessage', () => {
        parse(smallXml);
      }),
      bench('parseMessage + checkFormat', () => {
        const r = parse(smallXml);
        if (r.ok) check(r.parsed);
      }),
    );
  });

  test(`CEB621 large (${largeXml.length} chars, ${largeXml.split('\n').length} lines)`, async ({ bench }) => {
    await bench.compare(
      bench('readXml', () => {
        read(largeXml);
      }),
      bench('parseMessage', () => {
        parse(largeXml);
      }),
    );
  });

  test('import set: CEB311 + CEB411 + CEB511 + CEB621, parse + format check', async ({ bench }) => {
    await bench.compare(
      bench('4 messages, parse only', () => {
        for (const xml of importSet) parse(xml);
      }),
      bench('4 messages', () => {
        for (const xml of importSet) {
          const r = parse(xml);
          if (r.ok) check(r.parsed);
        }
      }),
    );
  });
});
