import { describe, expect, it } from 'vitest';
import {
  MESSAGE_KINDS,
  MESSAGE_SPECS,
  exampleMessage,
  parseMessage,
  serializeMessage,
} from '#sandbox/messages/index.ts';
import type { MessageKind } from '#sandbox/messages/index.ts';
import { checkFormat } from '#sandbox/rules/format.ts';
import { HAVE_CEB_PACKAGE, validateAgainstXsd } from './ceb-package.ts';

const direction = (k: MessageKind) => MESSAGE_SPECS[k].direction;

describe.skipIf(!HAVE_CEB_PACKAGE)('conformance with the official XSDs', () => {
  for (const kind of MESSAGE_KINDS) {
    it(`the ${kind} example validates against the ${direction(kind)} XSD`, async () => {
      const res = await validateAgainstXsd(serializeMessage(exampleMessage(kind)), direction(kind));
      expect(res.errors).toBe('');
      expect(res.valid).toBe(true);
    });
  }

  // Mutations the XSD rejects must be rejected by checkFormat naming the same field.
  const cases: Array<{ kind: MessageKind; field: string; path: string; edit: (xml: string) => string; code: string }> = [
    {
      kind: 'CEB311',
      field: 'orderNo',
      path: 'Order[0].OrderHead.orderNo',
      code: 'FMT_REQUIRED',
      edit: (x) => x.replace(/\t+<ceb:orderNo>[^\n]*\n/, ''),
    },
    {
      kind: 'CEB311',
      field: 'orderNo',
      path: 'Order[0].OrderHead.orderNo',
      code: 'FMT_LENGTH',
      edit: (x) => x.replace(/<ceb:orderNo>[^<]*</, `<ceb:orderNo>${'A'.repeat(61)}<`),
    },
    {
      kind: 'CEB621',
      field: 'assureCode',
      path: 'Inventory[0].InventoryHead.assureCode',
      code: 'FMT_REQUIRED',
      edit: (x) => x.replace(/\t+<ceb:assureCode>[^\n]*\n/, ''),
    },
    {
      kind: 'CEB621',
      field: 'gcode',
      path: 'Inventory[0].InventoryList[0].gcode',
      code: 'FMT_LENGTH',
      edit: (x) => x.replace('<ceb:gcode>1901101010<', '<ceb:gcode>19011010101<'),
    },
    {
      kind: 'CEB303',
      field: 'ebpName',
      path: 'Order[0].OrderHead.ebpName',
      code: 'FMT_LENGTH',
      edit: (x) => x.replace(/<ceb:ebpName>[^<]*</, `<ceb:ebpName>${'抚'.repeat(101)}<`),
    },
    {
      kind: 'CEB603',
      field: 'POD',
      path: 'Inventory[0].InventoryHead.POD',
      code: 'FMT_REQUIRED',
      edit: (x) => x.replace(/\t+<ceb:POD>[^\n]*\n/, ''),
    },
    {
      kind: 'CEB603',
      field: 'freight',
      path: 'Inventory[0].InventoryHead.freight',
      code: 'FMT_NUMBER',
      edit: (x) => x.replace('<ceb:freight>45.00<', '<ceb:freight>45,00<'),
    },
    {
      kind: 'CEB505',
      field: 'logisticsNo',
      path: 'Logistics[0].logisticsNo',
      code: 'FMT_LENGTH',
      edit: (x) => x.replace(/<ceb:logisticsNo>[^<]*</, `<ceb:logisticsNo>${'L'.repeat(33)}<`),
    },
    {
      kind: 'CEB622',
      field: 'returnTime',
      path: 'InventoryReturn[0].returnTime',
      code: 'FMT_LENGTH',
      edit: (x) => x.replace(/<ceb:returnTime>[^<]*</, '<ceb:returnTime>20260315120512<'),
    },
    {
      kind: 'CEB311',
      field: 'guid',
      path: 'guid',
      code: 'FMT_GUID',
      edit: (x) => x.replace(/guid="[^"]*"/, 'guid="F5C80311-2026"'),
    },
  ];

  for (const c of cases) {
    it(`${c.kind}: XSD and checkFormat both reject a bad ${c.field}`, async () => {
      const xml = c.edit(serializeMessage(exampleMessage(c.kind)));
      const xsd = await validateAgainstXsd(xml, direction(c.kind));
      expect(xsd.valid).toBe(false);
      expect(xsd.errors).toContain(c.field);
      const r = parseMessage(xml);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const findings = [...r.findings, ...checkFormat(r.parsed)].filter((f) => f.severity === 'error');
      // FMT_DATETIME subsumes the length check on time fields.
      const expected = c.field === 'returnTime' ? 'FMT_DATETIME' : c.code;
      expect(findings.map((f) => `${f.code}:${f.path}`)).toEqual([`${expected}:${c.path}`]);
    });
  }
});
