/** Interface strings of export returns (CEB213) on the workbench order page (see README.md in this folder). */
export const zh = {
  'exportReturn.title': '出口退货（CEB213）',
  'exportReturn.lead': '跨境电商出口（9610、特殊区域出口、出口海外仓）的商品可在出口放行之日起1年内整单或部分退运进境（海关总署公告2020年第44号）。2024-12-15前须回原出口关区办理；之后仅试点关区之间、2026-04-01起9610零售出口全国可跨关区退货，退回的货物须实际运抵办理退货的关区。先生成草稿，检查或修改后再签名申报。',
  'exportReturn.asOfHint': '默认为订单日期后7天。超过出口放行之日起1年，海关会以 RETURN_EXPORT_WINDOW_EXPIRED 退单。',
  'exportReturn.xml': '出口退货申请单 CEB213',
  'exportReturn.accepted': '出口退货申请已通过：海关审结（CEB214 回执状态 {status}）。',
  'exportReturn.rejected': '出口退货申请被退单（CEB214 回执状态 {status}）。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'exportReturn.title': 'Export return (CEB213)',
  'exportReturn.lead': 'CBEC exports (9610, special-area exports, overseas-warehouse exports) may come back in full or in part within 1 year of export release (GACC Ann. 2020 No.44). Before 2024-12-15 a return goes back to the original export district; after that only pilot districts, and from 2026-04-01 9610 retail exports nationwide, may take returns across districts, and the goods must actually arrive in the district that handles the return. Draft it first, check or edit it, then sign and declare.',
  'exportReturn.asOfHint': 'Defaults to 7 days after the order date. More than 1 year after the export release, customs rejects it with RETURN_EXPORT_WINDOW_EXPIRED.',
  'exportReturn.xml': 'Export return application CEB213',
  'exportReturn.accepted': 'The export return was accepted: concluded by customs (CEB214 receipt status {status}).',
  'exportReturn.rejected': 'The export return was rejected (CEB214 receipt status {status}).',
};
