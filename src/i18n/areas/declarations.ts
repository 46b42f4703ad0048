/** What a declaration declared, in words, and the label of a customs message's own text. */
export const zh = {
  'declKind.import-set': '进口申报（订单、支付、运单、清单）',
  'declKind.export-set': '出口申报（订单、收款、运单、清单）',
  'declKind.arrival': '运抵报告',
  'declKind.departure': '离境单',
  'declKind.summary': '汇总申报',
  'declKind.return': '退货申请',
  'declKind.other': '其他申报',
  'receiptText.label': '海关回执原文（{kind}）',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'declKind.import-set': 'Import declaration (order, payment, waybill, list)',
  'declKind.export-set': 'Export declaration (order, receipt of payment, waybill, list)',
  'declKind.arrival': 'Arrival report',
  'declKind.departure': 'Departure report',
  'declKind.summary': 'Monthly summary',
  'declKind.return': 'Return application',
  'declKind.other': 'Other declaration',
  'receiptText.label': 'Customs receipt text ({kind})',
};
