/**
 * Parsing throughput. Target for the whole engine: 2,000 complete import sets (4 messages parsed
 * and checked) per second on one core, so one ~3 KB message should parse in ~0.1–0.2 ms.
 */

import { describe, test } from 'vitest';
import { exampleMessage, parseMessage, serializeMessage } from '../../../sandbox/src/messages/index.ts';
import { checkFormat } from '../../../sandbox/src/rules/format.ts';

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
      bench('parseMessage', () => {
        parseMessage(smallXml);
      }),
      bench('parseMessage + checkFormat', () => {
        const r = parseMessage(smallXml);
        if (r.ok) checkFormat(r.parsed);
      }),
    );
  });

  test(`CEB621 large (${largeXml.length} chars, ${largeXml.split('\n').length} lines)`, async ({ bench }) => {
    await bench('parseMessage', () => {
      parseMessage(largeXml);
    }).run();
  });

  test('import set: CEB311 + CEB411 + CEB511 + CEB621, parse + format check', async ({ bench }) => {
    await bench('4 messages', () => {
      for (const xml of importSet) {
        const r = parseMessage(xml);
        if (r.ok) checkFormat(r.parsed);
      }
    }).run();
  });
});
