/**
 * Receipt builders: the typed receipt message (as the message layer defines it) that answers one
 * business node of a declaration with one return status. One receipt message per node per step.
 */
import type { CebMessage } from '../messages/types.ts';

/** Customs-side numbers assigned to a node (lists get preNo/invtNo, summaries sumNo). */
export interface Assigned {
  preNo: string;
  invtNo: string;
  sumNo: string;
}

export interface ReturnFields {
  guid: string;
  returnStatus: string;
  returnTime: string;
  returnInfo: string;
}

const V = '1.0';

/** The receipt of node `i` of `msg`, or undefined for kinds without a receipt (receipts themselves). */
export function receiptFor(msg: CebMessage, i: number, r: ReturnFields, a: Assigned): CebMessage | undefined {
  const base = { guid: r.guid, version: V };
  const tail = { returnStatus: r.returnStatus, returnTime: r.returnTime, returnInfo: r.returnInfo };
  switch (msg.kind) {
    case 'CEB311': {
      const h = msg.Order[i]?.OrderHead;
      if (h === undefined) return undefined;
      return { ...base, kind: 'CEB312', OrderReturn: [{ guid: r.guid, ebpCode: h.ebpCode, ebcCode: h.ebcCode, orderNo: h.orderNo, ...tail }] };
    }
    case 'CEB411': {
      const h = msg.Payment[i]?.PaymentHead;
      if (h === undefined) return undefined;
      return { ...base, kind: 'CEB412', PaymentReturn: [{ guid: r.guid, payCode: h.payCode, payTransactionId: h.payTransactionId, ...tail }] };
    }
    case 'CEB511': {
      const h = msg.Logistics[i]?.LogisticsHead;
      if (h === undefined) return undefined;
      return { ...base, kind: 'CEB512', LogisticsReturn: [{ guid: r.guid, logisticsCode: h.logisticsCode, logisticsNo: h.logisticsNo, ...tail }] };
    }
    case 'CEB513': {
      const h = msg.LogisticsStatus[i];
      if (h === undefined) return undefined;
      return { ...base, kind: 'CEB514', LogisticsStatusReturn: [{ guid: r.guid, logisticsCode: h.logisticsCode, logisticsNo: h.logisticsNo, logisticsStatus: h.logisticsStatus, ...tail }] };
    }
    case 'CEB621': {
      const h = msg.Inventory[i]?.InventoryHead;
      if (h === undefined) return undefined;
      return { ...base, kind: 'CEB622', InventoryReturn: [{ guid: r.guid, customsCode: h.customsCode, ebpCode: h.ebpCode, ebcCode: h.ebcCode, agentCode: h.agentCode, copNo: h.copNo ?? '', preNo: a.preNo, invtNo: a.invtNo, ...tail }] };
    }
    case 'CEB623': {
      const h = msg.InvtCancel[i];
      if (h === undefined) return undefined;
      return { ...base, kind: 'CEB624', InvtCancelReturn: [{ guid: r.guid, customsCode: h.customsCode, agentCode: h.agentCode, ebpCode: h.ebpCode, ebcCode: h.ebcCode, copNo: h.copNo ?? '', preNo: a.preNo, invtNo: h.invtNo, ...tail }] };
    }
    case 'CEB625': {
      const h = msg.InvtRefund[i]?.InvtRefundHead;
      if (h === undefined) return undefined;
      return { ...base, kind: 'CEB626', InvtRefundReturn: [{ guid: r.guid, customsCode: h.customsCode, agentCode: h.agentCode, ebpCode: h.ebpCode, ebcCode: h.ebcCode, copNo: h.copNo ?? '', preNo: a.preNo, invtNo: h.invtNo, ...tail }] };
    }
    case 'CEB711': {
      const h = msg.Delivery.DeliveryHead;
      return { ...base, kind: 'CEB712', DeliveryReturn: [{ guid: r.guid, customsCode: h.customsCode, operatorCode: h.operatorCode, copNo: h.copNo ?? '', preNo: a.preNo, rkdNo: a.sumNo, ...tail }] };
    }
    case 'CEB303': {
      const h = msg.Order[i]?.OrderHead;
      if (h === undefined) return undefined;
      return { ...base, kind: 'CEB304', OrderReturn: [{ guid: r.guid, ebpCode: h.ebpCode, ebcCode: h.ebcCode, orderNo: h.orderNo, ...tail }] };
    }
    case 'CEB403': {
      const h = msg.Receipts[i];
      if (h === undefined) return undefined;
      const ret = { guid: r.guid, ebcCode: h.ebcCode, orderNo: h.orderNo, ...tail };
      return { ...base, kind: 'CEB404', ReceiptsReturn: [h.payNo === undefined ? ret : { ...ret, payNo: h.payNo }] };
    }
    case 'CEB505': {
      const h = msg.Logistics[i];
      if (h === undefined) return undefined;
      return { ...base, kind: 'CEB506', LogisticsReturn: [{ guid: r.guid, logisticsCode: h.logisticsCode, logisticsNo: h.logisticsNo, ...tail }] };
    }
    case 'CEB507': {
      const h = msg.Arrival[i]?.ArrivalHead;
      if (h === undefined) return undefined;
      return { ...base, kind: 'CEB508', ArrivalReturn: [{ guid: r.guid, operatorCode: h.operatorCode, logisticsCode: h.logisticsCode, preNo: a.preNo, copNo: h.copNo, billNo: h.billNo ?? '', msgSeqNo: h.msgSeqNo, ...tail }] };
    }
    case 'CEB509': {
      const h = msg.Departure[i]?.DepartureHead;
      if (h === undefined) return undefined;
      return { ...base, kind: 'CEB510', DepartureReturn: [{ guid: r.guid, logisticsCode: h.logisticsCode, copNo: h.copNo, preNo: a.preNo, msgSeqNo: h.msgSeqNo, ...tail }] };
    }
    case 'CEB603': {
      const h = msg.Inventory[i]?.InventoryHead;
      if (h === undefined) return undefined;
      return { ...base, kind: 'CEB604', InventoryReturn: [{ guid: r.guid, agentCode: h.agentCode, copNo: h.copNo, preNo: a.preNo, invtNo: a.invtNo, ebcCode: h.ebcCode, ebpCode: h.ebpCode, orderNo: h.orderNo, statisticsFlag: h.statisticsFlag, ...tail }] };
    }
    case 'CEB605': {
      const h = msg.InvtCancel[i];
      if (h === undefined) return undefined;
      return { ...base, kind: 'CEB606', InvtCancelReturn: [{ guid: r.guid, agentCode: h.agentCode, copNo: h.copNo, preNo: a.preNo, invtNo: h.invtNo, ...tail }] };
    }
    case 'CEB607': {
      const h = msg.WayBill[i]?.WayBillHead;
      if (h === undefined) return undefined;
      return { ...base, kind: 'CEB608', WayBillReturn: [{ guid: r.guid, agentCode: h.agentCode, logisticsCode: h.logisticsCode, copNo: h.copNo, preNo: a.preNo, billNo: h.billNo, msgSeqNo: h.msgSeqNo, ...tail }] };
    }
    case 'CEB213': {
      const h = msg.InvtRefund[i]?.InvtRefundHead;
      if (h === undefined) return undefined;
      return { ...base, kind: 'CEB214', RefundReturn: [{ guid: r.guid, ebpCode: h.ebpCode, ebcCode: h.ebcCode, agentCode: h.agentCode, coElNo: h.coElNo, preNo: a.preNo, invtNo: h.invtNo, ...tail }] };
    }
    case 'CEB215': {
      const h = msg.InvtRefundDetail[i];
      if (h === undefined) return undefined;
      return { ...base, kind: 'CEB216', InvtRefundDetailReturn: [{ guid: r.guid, operatorCode: h.operatorCode, logisticsCode: h.logisticsCode, logisticsNo: h.logisticsNo, coElNo: h.coElNo, preNo: a.preNo, ...tail }] };
    }
    case 'CEB701': {
      const h = msg.SummaryApply[i]?.SummaryApplyHead;
      if (h === undefined) return undefined;
      return { ...base, kind: 'CEB702', SummaryReturn: [{ guid: r.guid, agentCode: h.agentCode, ebcCode: h.ebcCode, copNo: h.copNo, preNo: a.preNo, sumNo: a.sumNo, msgSeqNo: h.msgSeqNo, ...tail }] };
    }
    default:
      return undefined;
  }
}

/** Number of business nodes in a declaration (0 for receipts). */
export function nodeCount(msg: CebMessage): number {
  switch (msg.kind) {
    case 'CEB311': case 'CEB303': return msg.Order.length;
    case 'CEB411': return msg.Payment.length;
    case 'CEB511': case 'CEB505': return msg.Logistics.length;
    case 'CEB513': return msg.LogisticsStatus.length;
    case 'CEB621': case 'CEB603': return msg.Inventory.length;
    case 'CEB623': case 'CEB605': return msg.InvtCancel.length;
    case 'CEB625': case 'CEB213': return msg.InvtRefund.length;
    case 'CEB711': return 1;
    case 'CEB403': return msg.Receipts.length;
    case 'CEB507': return msg.Arrival.length;
    case 'CEB509': return msg.Departure.length;
    case 'CEB607': return msg.WayBill.length;
    case 'CEB215': return msg.InvtRefundDetail.length;
    case 'CEB701': return msg.SummaryApply.length;
    default: return 0;
  }
}

/** Path of node `i` (the prefix every finding on it starts with). */
export function nodeBase(msg: CebMessage, i: number): string {
  switch (msg.kind) {
    case 'CEB311': case 'CEB303': return `Order[${i}]`;
    case 'CEB411': return `Payment[${i}]`;
    case 'CEB511': case 'CEB505': return `Logistics[${i}]`;
    case 'CEB513': return `LogisticsStatus[${i}]`;
    case 'CEB621': case 'CEB603': return `Inventory[${i}]`;
    case 'CEB623': case 'CEB605': return `InvtCancel[${i}]`;
    case 'CEB625': case 'CEB213': return `InvtRefund[${i}]`;
    case 'CEB711': return 'Delivery';
    case 'CEB403': return `Receipts[${i}]`;
    case 'CEB507': return `Arrival[${i}]`;
    case 'CEB509': return `Departure[${i}]`;
    case 'CEB607': return `WayBill[${i}]`;
    case 'CEB215': return `InvtRefundDetail[${i}]`;
    case 'CEB701': return `SummaryApply[${i}]`;
    default: return '';
  }
}
