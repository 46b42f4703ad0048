/**
 * Prefilled declaration drafts for a market-day order: the message set its mode needs, with
 * realistic values the learner must check. Import (9610 direct purchase, 1210 bonded): CEB311
 * order, CEB411 payment, CEB511 waybill, CEB621 inventory list. Export (9610, 9710, 9810): CEB303
 * order, CEB505 waybill, CEB603 inventory list, CEB507 arrival, CEB509 departure.
 *
 * The drafts start from the engine's consistent examples and take every business value from the
 * store, its products and the order. A trap order's draft carries its trap (another consignee
 * address, another payer, a mistyped ID number, swapped weights…) so the learner finds it. Drafts
 * are unsigned: "sign and declare" signs each message with the learner's training key.
 */
import {
  checkParsed,
  exampleMessage,
  fenToDecimal,
  HS_BY_CODE,
  mulberry32,
  serializeMessage,
  type CebMessage,
  type MessageKind,
} from '#sandbox';
import type { BusinessModel } from '../db/schema-sandbox.ts';
import { gramsToKgText } from './money.ts';
import { isImportModel, modeOf } from './business-models.ts';
import type { Buyer, OrderLine } from './market-day.ts';

export const IMPORT_KINDS = ['CEB311', 'CEB411', 'CEB511', 'CEB621'] as const satisfies readonly MessageKind[];
export const EXPORT_KINDS = ['CEB303', 'CEB505', 'CEB603', 'CEB507', 'CEB509'] as const satisfies readonly MessageKind[];
export type DeclarationKind = 'import-set' | 'export-set';

export interface DraftStore {
  businessModel: BusinessModel;
  ebcCode: string;
  ebcName: string;
  ebpCode: string;
  ebpName: string;
}

export interface DraftProduct {
  id: string;
  sku: string;
  hsCode: string;
  priceFen: number;
  currency: string;
  grossWeightG: number;
  netWeightG: number;
  originCountry: string;
  unit: string;
  spec: string;
  itemRecordNo: string | null;
  /** Chinese title (the declared item name), falling back to the SKU. */
  title: string;
}

export interface DraftOrder {
  orderNo: string;
  buyer: Buyer;
  lines: readonly OrderLine[];
  goodsFen: number;
  freightFen: number;
}

export interface DraftMessage {
  kind: MessageKind;
  xml: string;
}

export interface DraftSet {
  kind: DeclarationKind;
  messages: DraftMessage[];
}

/** The message kinds a business model declares for one order, in batch order. */
export function kindsFor(model: BusinessModel): readonly MessageKind[] {
  return isImportModel(model) ? IMPORT_KINDS : EXPORT_KINDS;
}

function first<T>(items: readonly T[], what: string): T {
  const v = items[0];
  if (v === undefined) throw new Error(`example has no ${what}`);
  return v;
}

/** A deterministic upper-case GUID for a key. */
function guidOf(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  const next = mulberry32(h >>> 0);
  let hex = '';
  while (hex.length < 32) hex += Math.floor(next() * 0x1_0000_0000).toString(16).padStart(8, '0');
  hex = hex.toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-A${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Legal quantity (qty1) of a line in the HS line's legal unit: kg/L from the net weight, else pieces. */
function legalQty(line: OrderLine, p: DraftProduct): { unit1: string; qty1: string } {
  const legal = HS_BY_CODE.get(line.hsCode)?.legalUnit ?? '035';
  if (legal === '035' || legal === '095') return { unit1: legal, qty1: gramsToKgText(p.netWeightG * line.qty) };
  return { unit1: legal, qty1: String(line.qty) };
}

function productOf(products: readonly DraftProduct[], line: OrderLine): DraftProduct {
  const p = products.find((x) => x.id === line.productId) ?? products.find((x) => x.sku === line.sku);
  if (p === undefined) throw new Error(`order line ${line.sku} has no product`);
  return p;
}

function stripSignature(msg: CebMessage): CebMessage {
  if (!('Signature' in msg)) return msg;
  const copy: Record<string, unknown> = { ...msg };
  delete copy['Signature'];
  return copy as unknown as CebMessage;
}

function importDraft(store: DraftStore, products: readonly DraftProduct[], order: DraftOrder, asOf: string): CebMessage[] {
  const ymd = asOf.replaceAll('-', '');
  const tail = order.orderNo.slice(-11);
  const b = order.buyer;
  const payTx = `TH${ymd}${tail}`;
  const waybill = `LF${ymd.slice(2)}${order.orderNo.slice(-7)}CN`;
  const mode = modeOf(store.businessModel);
  const rows = order.lines.map((l, i) => ({ l, p: productOf(products, l), gnum: String(i + 1) }));
  const grossG = rows.reduce((a, r) => a + r.p.grossWeightG * r.l.qty, 0);
  const netG = rows.reduce((a, r) => a + r.p.netWeightG * r.l.qty, 0);
  const origin = rows[0]?.p.originCountry ?? '142';
  const goods = fenToDecimal(order.goodsFen);
  const freight = fenToDecimal(order.freightFen);
  const goodsInfo = rows.map((r) => `${r.p.title}×${r.l.qty}`).join('；').slice(0, 500);

  const m311 = exampleMessage('CEB311');
  m311.guid = guidOf(`${order.orderNo}|311`);
  const o = first(m311.Order, 'order');
  Object.assign(o.OrderHead, {
    guid: guidOf(`${order.orderNo}|311h`), appTime: `${ymd}103000`, orderNo: order.orderNo,
    ebpCode: store.ebpCode, ebpName: store.ebpName, ebcCode: store.ebcCode, ebcName: store.ebcName,
    goodsValue: goods, freight, discount: '0', taxTotal: '0', acturalPaid: goods,
    buyerRegNo: `fs_${order.orderNo.slice(-8)}`, buyerName: b.name, buyerTelephone: b.phone, buyerIdType: b.idType, buyerIdNumber: b.idNumber,
    payTransactionId: payTx, consignee: b.name, consigneeTelephone: b.phone, consigneeAddress: b.address, consigneeDistrict: b.district ?? '',
    note: order.freightFen === 0 ? '包邮' : '',
  });
  // consigneeDistrict is optional (C6) but may not be empty: a buyer without a district code (a storefront purchase) leaves it out.
  if (b.district === undefined || b.district === '') delete o.OrderHead.consigneeDistrict;
  o.OrderList = rows.map(({ l, p, gnum }) => ({
    gnum, itemNo: p.sku, itemName: p.title, gmodel: p.spec || p.title, barCode: '无', unit: p.unit, qty: String(l.qty),
    price: fenToDecimal(l.priceFen), totalPrice: fenToDecimal(l.priceFen * l.qty), currency: p.currency, country: p.originCountry,
  }));
  m311.BaseTransfer = { ...m311.BaseTransfer, copCode: store.ebcCode, copName: store.ebcName };

  const m411 = exampleMessage('CEB411');
  m411.guid = guidOf(`${order.orderNo}|411`);
  const payer = b.quirks.payer;
  Object.assign(first(m411.Payment, 'payment').PaymentHead, {
    guid: guidOf(`${order.orderNo}|411h`), appTime: `${ymd}103100`, payTransactionId: payTx, orderNo: order.orderNo,
    ebpCode: store.ebpCode, ebpName: store.ebpName, payerIdType: '1', payerIdNumber: payer?.idNumber ?? b.idNumber,
    payerName: payer?.name ?? b.name, telephone: payer?.phone ?? b.phone, amountPaid: goods, payTime: `${ymd}103022`,
  });

  const m511 = exampleMessage('CEB511');
  m511.guid = guidOf(`${order.orderNo}|511`);
  Object.assign(first(m511.Logistics, 'waybill').LogisticsHead, {
    guid: guidOf(`${order.orderNo}|511h`), appTime: `${ymd}110000`, logisticsNo: waybill, orderNo: order.orderNo, freight,
    weight: gramsToKgText(grossG), goodsInfo, consignee: b.name, consigneeAddress: b.quirks.waybillAddress ?? b.address, consigneeTelephone: b.phone,
  });

  const m621 = exampleMessage('CEB621');
  m621.guid = guidOf(`${order.orderNo}|621`);
  const inv = first(m621.Inventory, 'inventory');
  Object.assign(inv.InventoryHead, {
    guid: guidOf(`${order.orderNo}|621h`), appTime: `${ymd}120000`, orderNo: order.orderNo,
    ebpCode: store.ebpCode, ebpName: store.ebpName, ebcCode: store.ebcCode, ebcName: store.ebcName, assureCode: store.ebcCode,
    logisticsNo: waybill, copNo: `FSINV${order.orderNo.slice(-12)}`, declTime: ymd,
    buyerIdType: b.idType, buyerIdNumber: b.idNumber, buyerName: b.name, buyerTelephone: b.phone, consigneeAddress: b.address,
    tradeMode: mode, country: origin, freight, grossWeight: gramsToKgText(grossG), netWeight: gramsToKgText(netG),
  });
  if (mode === '1210') {
    inv.InventoryHead.emsNo = `T0804W${store.ebcCode.slice(-6)}`;
    delete inv.InventoryHead.billNo;
  }
  inv.InventoryList = rows.map(({ l, p, gnum }) => {
    const hs = HS_BY_CODE.get(l.hsCode);
    const row = {
      gnum, itemNo: p.sku, itemName: p.title, gcode: l.hsCode, gname: hs?.zh ?? p.title, gmodel: p.spec || p.title, barCode: '无',
      country: p.originCountry, currency: p.currency, qty: String(l.qty), unit: p.unit, ...legalQty(l, p),
      price: fenToDecimal(l.priceFen), totalPrice: fenToDecimal(l.priceFen * l.qty),
    };
    return mode === '1210' ? { ...row, itemRecordNo: p.itemRecordNo ?? p.sku } : row;
  });

  // withheld tax and the amounts that depend on it, computed by the engine itself
  const set: CebMessage[] = [m311, m411, m511, m621];
  const taxed = checkParsed(set.map((message) => ({ message, positions: {} })), { verifySignatures: false, asOf, formatCheck: false });
  const taxFen = taxed.taxes[0]?.tax.totalFen ?? 0;
  o.OrderHead.taxTotal = fenToDecimal(taxFen);
  o.OrderHead.acturalPaid = fenToDecimal(order.goodsFen + order.freightFen + taxFen);
  first(m411.Payment, 'payment').PaymentHead.amountPaid = o.OrderHead.acturalPaid;
  return set;
}

function exportDraft(store: DraftStore, products: readonly DraftProduct[], order: DraftOrder, asOf: string): CebMessage[] {
  const ymd = asOf.replaceAll('-', '');
  const b = order.buyer;
  const mode = modeOf(store.businessModel);
  const waybill = `LF${ymd.slice(2)}${order.orderNo.slice(-7)}${b.country === '344' ? 'RU' : 'XX'}`;
  const bill = `784-${ymd.slice(2)}${order.orderNo.slice(-2)}`;
  const rows = order.lines.map((l, i) => ({ l, p: productOf(products, l), gnum: String(i + 1) }));
  let grossG = rows.reduce((a, r) => a + r.p.grossWeightG * r.l.qty, 0);
  let netG = rows.reduce((a, r) => a + r.p.netWeightG * r.l.qty, 0);
  if (b.quirks.swappedWeights === true) [grossG, netG] = [Math.min(grossG, netG), Math.max(grossG, netG) + 100];
  const goods = fenToDecimal(order.goodsFen);
  const freight = fenToDecimal(order.freightFen);
  const goodsInfo = rows.map((r) => `${r.p.title}×${r.l.qty}`).join('；').slice(0, 500);

  const m303 = exampleMessage('CEB303');
  m303.guid = guidOf(`${order.orderNo}|303`);
  const o = first(m303.Order, 'order');
  Object.assign(o.OrderHead, {
    guid: guidOf(`${order.orderNo}|303h`), appTime: `${ymd}101500`, orderType: mode === '9710' ? 'B' : mode === '9810' ? 'W' : 'E',
    orderNo: order.orderNo, ebpCode: store.ebpCode, ebpName: store.ebpName, ebcCode: store.ebcCode, ebcName: store.ebcName, goodsValue: goods, freight,
  });
  o.OrderList = rows.map(({ l, p, gnum }) => ({
    gnum, itemNo: p.sku, itemName: p.title, barCode: '无', unit: p.unit, currency: p.currency, qty: String(l.qty),
    price: fenToDecimal(l.priceFen), totalPrice: fenToDecimal(l.priceFen * l.qty),
  }));

  const m505 = exampleMessage('CEB505');
  m505.guid = guidOf(`${order.orderNo}|505`);
  Object.assign(first(m505.Logistics, 'waybill'), {
    guid: guidOf(`${order.orderNo}|505h`), appTime: `${ymd}140000`, logisticsNo: waybill, freight, grossWeight: gramsToKgText(grossG),
    goodsInfo, ebcCode: store.ebcCode, ebcName: store.ebcName,
  });

  const m603 = exampleMessage('CEB603');
  m603.guid = guidOf(`${order.orderNo}|603`);
  const inv = first(m603.Inventory, 'inventory');
  Object.assign(inv.InventoryHead, {
    guid: guidOf(`${order.orderNo}|603h`), appTime: `${ymd}150000`, ebpCode: store.ebpCode, ebpName: store.ebpName, orderNo: order.orderNo,
    logisticsNo: waybill, copNo: `FSEXP${order.orderNo.slice(-12)}`, ieDate: ymd, statisticsFlag: b.quirks.simplifiedFlag === true ? 'A' : 'B',
    ebcCode: store.ebcCode, ebcName: store.ebcName, ownerCode: store.ebcCode, ownerName: store.ebcName, tradeMode: mode, billNo: bill,
    country: b.country, POD: `${b.country}0`, freight, grossWeight: gramsToKgText(grossG), netWeight: gramsToKgText(netG),
  });
  inv.InventoryList = rows.map(({ l, p, gnum }) => {
    const hs = HS_BY_CODE.get(l.hsCode);
    return {
      gnum, itemNo: p.sku, itemName: p.title, gcode: l.hsCode, gname: hs?.zh ?? p.title, gmodel: p.spec || p.title, barCode: '无',
      country: b.country, currency: p.currency, qty: String(l.qty), ...legalQty(l, p), unit: p.unit,
      price: fenToDecimal(l.priceFen), totalPrice: fenToDecimal(l.priceFen * l.qty),
    };
  });

  const m507 = exampleMessage('CEB507');
  m507.guid = guidOf(`${order.orderNo}|507`);
  const arr = first(m507.Arrival, 'arrival');
  Object.assign(arr.ArrivalHead, { guid: guidOf(`${order.orderNo}|507h`), appTime: `${ymd}160000`, copNo: `FSARR${order.orderNo.slice(-12)}`, billNo: bill });
  arr.ArrivalList = [{ gnum: '1', logisticsNo: waybill, totalPackageNo: `FSBAG${order.orderNo.slice(-6)}` }];

  const m509 = exampleMessage('CEB509');
  m509.guid = guidOf(`${order.orderNo}|509`);
  const dep = first(m509.Departure, 'departure');
  Object.assign(dep.DepartureHead, { guid: guidOf(`${order.orderNo}|509h`), appTime: `${ymd}180000`, copNo: `FSDEP${order.orderNo.slice(-12)}`, billNo: bill, leaveTime: `${ymd}173000` });
  dep.DepartureList = [{ gnum: '1', totalPackageNo: `FSBAG${order.orderNo.slice(-6)}`, logisticsNo: waybill }];
  return [m303, m505, m603, m507, m509];
}

/** The prefilled, unsigned draft set of an order. Deterministic. */
export function buildDraft(input: { store: DraftStore; products: readonly DraftProduct[]; order: DraftOrder; asOf: string }): DraftSet {
  const importing = isImportModel(input.store.businessModel);
  const messages = importing ? importDraft(input.store, input.products, input.order, input.asOf) : exportDraft(input.store, input.products, input.order, input.asOf);
  return {
    kind: importing ? 'import-set' : 'export-set',
    messages: messages.map((m) => ({ kind: m.kind, xml: serializeMessage(stripSignature(m)) })),
  };
}
