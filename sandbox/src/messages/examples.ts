/**
 * A realistic, internally consistent example of every message kind.
 *
 * Design: the examples tell one story each way, so they can be used together.
 * - Import (9610 direct purchase through the Shenyang Customs district, declared at the Fushun
 *   office 0804 — a training code, see cbec-customs.md §5/§8.1): one order FSCB20260315000123 for
 *   2 cans of infant formula (HS 1901101010, 13% VAT) and 1 bottle of royal jelly (HS 0410902100,
 *   9% VAT), free shipping. Withheld tax is price × qty × (VAT × 70%), rounded half up per line:
 *   396.00 × 9.1% = 36.04 and 128.00 × 6.3% = 8.06, total 44.10; paid 524.00 + 44.10 = 568.10.
 *   The order (CEB311), payment (CEB411), waybill (CEB511) and inventory list (CEB621) agree on
 *   every shared number, code and identity; the receipts, tax bill and return follow from them.
 * - Export (9610 retail export, summary declaration): order FSEX20260320000456 to Russia for
 *   skin care (HS 3304990099) and royal jelly (HS 0410902100), with its waybill, list, arrival,
 *   departure, summary application and result, and their receipts.
 * All enterprises and people are fictional; codes are well-formed (10-digit customs codes, one
 * 18-character USCC with a correct check character, an ID number with a correct check digit).
 * Examples are built fresh on each call, so callers may mutate them.
 */

import type {
  Ceb213Message, Ceb214Message, Ceb215Message, Ceb216Message, Ceb303Message, Ceb304Message, Ceb311Message, Ceb312Message, Ceb403Message, Ceb404Message, Ceb411Message, Ceb412Message, Ceb505Message, Ceb506Message, Ceb507Message, Ceb508Message, Ceb509Message, Ceb510Message, Ceb511Message, Ceb512Message, Ceb513Message, Ceb514Message, Ceb603Message, Ceb604Message, Ceb605Message, Ceb606Message, Ceb607Message, Ceb608Message, Ceb621Message, Ceb622Message, Ceb623Message, Ceb624Message, Ceb625Message, Ceb626Message, Ceb701Message, Ceb702Message, Ceb711Message, Ceb712Message, Ceb792Message, Ceb816Message, Ceb818Message, Ceb900Message, BaseTransfer, MessageKind, MessageOfKind,
} from './types.ts';
import type { DsSignature } from './base.ts';

/** Deterministic upper-case GUID for example `n` of message kind `kind`. */
function guid(kind: string, n: number): string {
  return `F5C8${kind}-2026-4A00-8000-${String(n).padStart(12, '0')}`;
}

// --- Parties (fictional) ---------------------------------------------------------------------
const EBP = { code: '2104960012', name: '抚顺跨境优选电子商务平台有限公司' };
const EBC = { code: '2104960035', name: '抚顺澳源贸易有限公司' };
const AGENT = { code: '2104980088', name: '抚顺新抚报关有限公司' };
const PAY = { code: '2104960077', name: '辽宁通汇支付有限公司' };
const LOG = { code: '91210400MA0Y8K3P6W', name: '辽宁抚顺跨境速递有限公司' };
const SITE = { code: '2101980021', name: '沈阳桃仙机场跨境电商监管中心' };
const BUYER = {
  regNo: 'fs_wangli_0307',
  name: '王丽',
  idType: '1',
  idNumber: '210402199003071520',
  telephone: '13904130157',
  address: '辽宁省抚顺市新抚区东七路12号3单元502室',
  district: '210402',
};
const ORDER_NO = 'FSCB20260315000123';
const PAY_TX = 'TH2026031510302200017';
const WAYBILL = 'LF260315000123CN';
const MASTER_BILL = '784-26031501';
const IMPORT_COP_NO = 'FSINV202603150001';
const IMPORT_PRE_NO = 'B20260315000004567';
const IMPORT_INVT_NO = '08042026I000001234';
const CUSTOMS = '0804';
const PORT = '0807';

const EXP_EBC = { code: '2104960051', name: '抚顺北参生物科技有限公司' };
const EXP_ORDER_NO = 'FSEX20260320000456';
const EXP_WAYBILL = 'LF260320000456RU';
const EXP_BILL = '784-26032201';
const EXP_COP_NO = 'FSEXP202603200001';
const EXP_PRE_NO = 'B20260320000007788';
const EXP_INVT_NO = '08042026E000003456';

function transfer(party: { code: string; name: string }, dxp: string): BaseTransfer {
  return { copCode: party.code, copName: party.name, dxpMode: 'DXP', dxpId: dxp };
}

/** The Signature node's shape (SM2/SM3 algorithm URIs as the 2022 samples use). Its values do not verify until `signMessage` (or the CLI's `example`, which signs with the demo training key) fills them in. */
function signature(keyName: string): DsSignature {
  return {
    SignedInfo: {
      CanonicalizationMethod: { Algorithm: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315' },
      SignatureMethod: { Algorithm: 'http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3' },
      Reference: [
        {
          URI: '',
          Transforms: [{ Algorithm: 'http://www.w3.org/2000/09/xmldsig#enveloped-signature' }],
          DigestMethod: { Algorithm: 'http://www.chinaport.gov.cn/2022/04/xmldsig#sm3' },
          DigestValue: 'U0FOREJPWC1ESUdFU1QtRlVTSFVOLTIwMjY=',
        },
      ],
    },
    SignatureValue: 'U0FOREJPWC1UUkFJTklORy1TSUdOQVRVUkUtTk9ULUEtUkVBTC1LRVk=',
    KeyInfo: { KeyName: keyName },
  };
}

// --- Import ----------------------------------------------------------------------------------

function ceb311(): Ceb311Message {
  return {
    kind: 'CEB311',
    guid: guid('0311', 1),
    version: '1.0',
    Order: [
      {
        OrderHead: {
          guid: guid('0311', 2),
          appType: '1',
          appTime: '20260315103000',
          appStatus: '2',
          orderType: 'I',
          orderNo: ORDER_NO,
          ebpCode: EBP.code,
          ebpName: EBP.name,
          ebcCode: EBC.code,
          ebcName: EBC.name,
          goodsValue: '524.00',
          freight: '0',
          discount: '0',
          taxTotal: '44.10',
          acturalPaid: '568.10',
          currency: '142',
          buyerRegNo: BUYER.regNo,
          buyerName: BUYER.name,
          buyerTelephone: BUYER.telephone,
          buyerIdType: BUYER.idType,
          buyerIdNumber: BUYER.idNumber,
          payCode: PAY.code,
          payName: PAY.name,
          payTransactionId: PAY_TX,
          consignee: BUYER.name,
          consigneeTelephone: BUYER.telephone,
          consigneeAddress: BUYER.address,
          consigneeDistrict: BUYER.district,
          note: '包邮',
        },
        OrderList: [
          {
            gnum: '1',
            itemNo: 'AY-IF3-900',
            itemName: '澳洲婴儿配方奶粉3段900克',
            gmodel: '900克/罐，1-3岁幼儿配方',
            barCode: '9300000000017',
            unit: '122',
            qty: '2',
            price: '198.00',
            totalPrice: '396.00',
            currency: '142',
            country: '601',
          },
          {
            gnum: '2',
            itemNo: 'AY-RJ-500',
            itemName: '新鲜蜂王浆500克',
            gmodel: '500克/瓶，冷藏',
            barCode: '9300000000024',
            unit: '142',
            qty: '1',
            price: '128.00',
            totalPrice: '128.00',
            currency: '142',
            country: '601',
          },
        ],
      },
    ],
    BaseTransfer: transfer(EBC, 'DXPENT0000458712'),
    Signature: signature('EBC-2104960035'),
  };
}

function ceb411(): Ceb411Message {
  return {
    kind: 'CEB411',
    guid: guid('0411', 1),
    version: '1.0',
    Payment: [
      {
        PaymentHead: {
          guid: guid('0411', 2),
          appType: '1',
          appTime: '20260315103100',
          appStatus: '2',
          payCode: PAY.code,
          payName: PAY.name,
          payTransactionId: PAY_TX,
          orderNo: ORDER_NO,
          ebpCode: EBP.code,
          ebpName: EBP.name,
          payerIdType: BUYER.idType,
          payerIdNumber: BUYER.idNumber,
          payerName: BUYER.name,
          telephone: BUYER.telephone,
          amountPaid: '568.10',
          currency: '142',
          payTime: '20260315103022',
        },
      },
    ],
    BaseTransfer: transfer(PAY, 'DXPENT0000458790'),
    Signature: signature('PAY-2104960077'),
  };
}

function ceb511(): Ceb511Message {
  return {
    kind: 'CEB511',
    guid: guid('0511', 1),
    version: '1.0',
    Logistics: [
      {
        LogisticsHead: {
          guid: guid('0511', 2),
          appType: '1',
          appTime: '20260315110000',
          appStatus: '2',
          logisticsCode: LOG.code,
          logisticsName: LOG.name,
          logisticsNo: WAYBILL,
          billNo: MASTER_BILL,
          orderNo: ORDER_NO,
          freight: '0',
          insuredFee: '0',
          currency: '142',
          weight: '2.9',
          packNo: '1',
          goodsInfo: '婴儿配方奶粉2罐；蜂王浆1瓶',
          consignee: BUYER.name,
          consigneeAddress: BUYER.address,
          consigneeTelephone: BUYER.telephone,
        },
      },
    ],
    BaseTransfer: transfer(LOG, 'DXPENT0000458733'),
    Signature: signature('LOG-91210400MA0Y8K3P6W'),
  };
}

function ceb621(): Ceb621Message {
  return {
    kind: 'CEB621',
    guid: guid('0621', 1),
    version: '1.0',
    Inventory: [
      {
        InventoryHead: {
          guid: guid('0621', 2),
          appType: '1',
          appTime: '20260315120000',
          appStatus: '2',
          orderNo: ORDER_NO,
          ebpCode: EBP.code,
          ebpName: EBP.name,
          ebcCode: EBC.code,
          ebcName: EBC.name,
          logisticsNo: WAYBILL,
          logisticsCode: LOG.code,
          logisticsName: LOG.name,
          copNo: IMPORT_COP_NO,
          assureCode: EBC.code,
          ieFlag: 'I',
          declTime: '20260315',
          customsCode: CUSTOMS,
          portCode: PORT,
          buyerIdType: BUYER.idType,
          buyerIdNumber: BUYER.idNumber,
          buyerName: BUYER.name,
          buyerTelephone: BUYER.telephone,
          consigneeAddress: BUYER.address,
          agentCode: AGENT.code,
          agentName: AGENT.name,
          tradeMode: '9610',
          trafMode: '5',
          trafNo: 'CZ8088',
          voyageNo: 'CZ8088',
          billNo: MASTER_BILL,
          country: '601',
          freight: '0',
          insuredFee: '0',
          currency: '142',
          wrapType: '2',
          packNo: '1',
          grossWeight: '2.9',
          netWeight: '2.3',
        },
        InventoryList: [
          {
            gnum: '1',
            itemNo: 'AY-IF3-900',
            itemName: '澳洲婴儿配方奶粉3段900克',
            gcode: '1901101010',
            gname: '婴儿配方奶粉',
            gmodel: '900克/罐|1-3岁幼儿配方|乳清蛋白、脱脂乳粉|品牌：AY',
            barCode: '9300000000017',
            country: '601',
            currency: '142',
            qty: '2',
            unit: '122',
            qty1: '1.8',
            unit1: '035',
            price: '198.00',
            totalPrice: '396.00',
          },
          {
            gnum: '2',
            itemNo: 'AY-RJ-500',
            itemName: '新鲜蜂王浆500克',
            gcode: '0410902100',
            gname: '鲜蜂王浆',
            gmodel: '500克/瓶|鲜蜂王浆|冷藏|品牌：AY',
            barCode: '9300000000024',
            country: '601',
            currency: '142',
            qty: '1',
            unit: '142',
            qty1: '0.5',
            unit1: '035',
            price: '128.00',
            totalPrice: '128.00',
          },
        ],
      },
    ],
    BaseTransfer: transfer(AGENT, 'DXPENT0000458755'),
    Signature: signature('AGENT-2104980088'),
  };
}

function ceb625(): Ceb625Message {
  return {
    kind: 'CEB625',
    guid: guid('0625', 1),
    version: '1.0',
    InvtRefund: [
      {
        InvtRefundHead: {
          guid: guid('0625', 2),
          appType: '1',
          appTime: '20260322093000',
          appStatus: '2',
          customsCode: CUSTOMS,
          orderNo: ORDER_NO,
          ebpCode: EBP.code,
          ebpName: EBP.name,
          ebcCode: EBC.code,
          ebcName: EBC.name,
          logisticsNo: WAYBILL,
          logisticsCode: LOG.code,
          logisticsName: LOG.name,
          copNo: 'FSRTN202603220001',
          preNo: IMPORT_PRE_NO,
          invtNo: IMPORT_INVT_NO,
          buyerIdType: BUYER.idType,
          buyerIdNumber: BUYER.idNumber,
          buyerName: BUYER.name,
          buyerTelephone: BUYER.telephone,
          agentCode: AGENT.code,
          agentName: AGENT.name,
          reason: '消费者七天无理由退货：蜂王浆未拆封',
        },
        InvtRefundList: [{ gnum: '2', gcode: '0410902100', gname: '鲜蜂王浆', qty: '1', unit: '142' }],
      },
    ],
    BaseTransfer: transfer(AGENT, 'DXPENT0000458755'),
    Signature: signature('AGENT-2104980088'),
  };
}

function ceb623(): Ceb623Message {
  return {
    kind: 'CEB623',
    guid: guid('0623', 1),
    version: '1.0',
    InvtCancel: [
      {
        guid: guid('0623', 2),
        appType: '1',
        appTime: '20260316090000',
        appStatus: '2',
        customsCode: CUSTOMS,
        orderNo: ORDER_NO,
        ebpCode: EBP.code,
        ebpName: EBP.name,
        ebcCode: EBC.code,
        ebcName: EBC.name,
        logisticsNo: WAYBILL,
        logisticsCode: LOG.code,
        logisticsName: LOG.name,
        copNo: IMPORT_COP_NO,
        preNo: IMPORT_PRE_NO,
        invtNo: IMPORT_INVT_NO,
        buyerIdType: BUYER.idType,
        buyerIdNumber: BUYER.idNumber,
        buyerName: BUYER.name,
        buyerTelephone: BUYER.telephone,
        agentCode: AGENT.code,
        agentName: AGENT.name,
        reason: '消费者取消订单，货物未出区',
      },
    ],
    BaseTransfer: transfer(AGENT, 'DXPENT0000458755'),
    Signature: signature('AGENT-2104980088'),
  };
}

function ceb513(): Ceb513Message {
  return {
    kind: 'CEB513',
    guid: guid('0513', 1),
    version: '1.0',
    LogisticsStatus: [
      {
        guid: guid('0513', 2),
        appType: '1',
        appTime: '20260317153000',
        appStatus: '2',
        logisticsCode: LOG.code,
        logisticsName: LOG.name,
        logisticsNo: WAYBILL,
        logisticsStatus: 'S',
        logisticsTime: '20260317151200',
      },
    ],
    BaseTransfer: transfer(LOG, 'DXPENT0000458733'),
  };
}

function ceb711(): Ceb711Message {
  return {
    kind: 'CEB711',
    guid: guid('0711', 1),
    version: '1.0',
    Delivery: {
      DeliveryHead: {
        guid: guid('0711', 2),
        appType: '1',
        appTime: '20260315180000',
        appStatus: '2',
        customsCode: PORT,
        operatorCode: SITE.code,
        operatorName: SITE.name,
        ieFlag: 'I',
        trafMode: '5',
        trafNo: 'CZ8088',
        voyageNo: 'CZ8088',
        billNo: MASTER_BILL,
        logisticsCode: LOG.code,
        logisticsName: LOG.name,
        unloadLocation: 'T3-A12',
      },
      DeliveryList: [{ gnum: '1', logisticsNo: WAYBILL }],
    },
    BaseTransfer: transfer(SITE, 'DXPENT0000458701'),
    Signature: signature('SITE-2101980021'),
  };
}

const RT = '20260315120512345';

function ceb312(): Ceb312Message {
  return {
    kind: 'CEB312',
    guid: guid('0312', 1),
    version: '1.0',
    OrderReturn: [
      {
        guid: guid('0311', 2),
        ebpCode: EBP.code,
        ebcCode: EBC.code,
        orderNo: ORDER_NO,
        returnStatus: '120',
        returnTime: '20260315103205123',
        returnInfo: '订单新增申报成功，海关入库',
      },
    ],
  };
}

function ceb412(): Ceb412Message {
  return {
    kind: 'CEB412',
    guid: guid('0412', 1),
    version: '1.0',
    PaymentReturn: [
      {
        guid: guid('0411', 2),
        payCode: PAY.code,
        payTransactionId: PAY_TX,
        returnStatus: '120',
        returnTime: '20260315103301456',
        returnInfo: '支付单新增申报成功，海关入库',
      },
    ],
  };
}

function ceb512(): Ceb512Message {
  return {
    kind: 'CEB512',
    guid: guid('0512', 1),
    version: '1.0',
    LogisticsReturn: [
      {
        guid: guid('0511', 2),
        logisticsCode: LOG.code,
        logisticsNo: WAYBILL,
        returnStatus: '120',
        returnTime: '20260315110207789',
        returnInfo: '运单新增申报成功，海关入库',
      },
    ],
  };
}

function ceb514(): Ceb514Message {
  return {
    kind: 'CEB514',
    guid: guid('0514', 1),
    version: '1.0',
    LogisticsStatusReturn: [
      {
        guid: guid('0513', 2),
        logisticsCode: LOG.code,
        logisticsNo: WAYBILL,
        logisticsStatus: 'S',
        returnStatus: '120',
        returnTime: '20260317153102001',
        returnInfo: '运单状态申报成功',
      },
    ],
  };
}

function ceb622(): Ceb622Message {
  return {
    kind: 'CEB622',
    guid: guid('0622', 1),
    version: '1.0',
    InventoryReturn: [
      {
        guid: guid('0621', 2),
        customsCode: CUSTOMS,
        ebpCode: EBP.code,
        ebcCode: EBC.code,
        agentCode: AGENT.code,
        copNo: IMPORT_COP_NO,
        preNo: IMPORT_PRE_NO,
        invtNo: IMPORT_INVT_NO,
        returnStatus: '800',
        returnTime: RT,
        returnInfo: '[Code:2600;Desc:放行]',
      },
    ],
  };
}

function ceb624(): Ceb624Message {
  return {
    kind: 'CEB624',
    guid: guid('0624', 1),
    version: '1.0',
    InvtCancelReturn: [
      {
        guid: guid('0623', 2),
        customsCode: CUSTOMS,
        agentCode: AGENT.code,
        ebpCode: EBP.code,
        ebcCode: EBC.code,
        copNo: IMPORT_COP_NO,
        preNo: IMPORT_PRE_NO,
        invtNo: IMPORT_INVT_NO,
        returnStatus: '399',
        returnTime: '20260316100011222',
        returnInfo: '撤销申请审结',
      },
    ],
  };
}

function ceb626(): Ceb626Message {
  return {
    kind: 'CEB626',
    guid: guid('0626', 1),
    version: '1.0',
    InvtRefundReturn: [
      {
        guid: guid('0625', 2),
        customsCode: CUSTOMS,
        agentCode: AGENT.code,
        ebpCode: EBP.code,
        ebcCode: EBC.code,
        copNo: 'FSRTN202603220001',
        preNo: IMPORT_PRE_NO,
        invtNo: IMPORT_INVT_NO,
        returnStatus: '399',
        returnTime: '20260322100533444',
        returnInfo: '退货申请审结',
      },
    ],
  };
}

function ceb712(): Ceb712Message {
  return {
    kind: 'CEB712',
    guid: guid('0712', 1),
    version: '1.0',
    DeliveryReturn: [
      {
        guid: guid('0711', 2),
        customsCode: PORT,
        operatorCode: SITE.code,
        returnStatus: '120',
        returnTime: '20260315180502555',
        returnInfo: '入库明细单入库',
      },
    ],
  };
}

function ceb816(): Ceb816Message {
  return {
    kind: 'CEB816',
    guid: guid('0816', 1),
    version: '1.0',
    Tax: [
      {
        TaxHeadRd: {
          guid: guid('0816', 2),
          returnTime: '20260315121001000',
          invtNo: IMPORT_INVT_NO,
          taxNo: '08042026I000001234-01',
          customsTax: '0',
          valueAddedTax: '44.10',
          consumptionTax: '0',
          status: '1',
          assureCode: EBC.code,
          ebcCode: EBC.code,
          logisticsCode: LOG.code,
          agentCode: AGENT.code,
          customsCode: CUSTOMS,
        },
        TaxListRd: [
          { gnum: '1', gcode: '1901101010', taxPrice: '396.00', customsTax: '0', valueAddedTax: '36.04', consumptionTax: '0' },
          { gnum: '2', gcode: '0410902100', taxPrice: '128.00', customsTax: '0', valueAddedTax: '8.06', consumptionTax: '0' },
        ],
      },
    ],
  };
}

function ceb818(): Ceb818Message {
  return {
    kind: 'CEB818',
    guid: guid('0818', 1),
    version: '1.0',
    Tax: [
      {
        TaxHeadStatus: {
          guid: guid('0818', 2),
          returnTime: '20260425090000000',
          invtNo: IMPORT_INVT_NO,
          taxNo: '08042026I000001234-01',
          status: '2',
          entDutyNo: '080420260000567',
          assureCode: EBC.code,
        },
      },
    ],
  };
}

function ceb900(): Ceb900Message {
  return {
    kind: 'CEB900',
    guid: guid('0900', 1),
    version: '1.0',
    MessageReturn: {
      guid: guid('0900', 2),
      returnStatus: '-1',
      returnInfo: '报文格式校验失败：OrderHead/orderNo 长度超过60位',
      returnTime: '20260315102955001',
      oriCopMsgId: guid('0311', 1),
      oriMessageType: 'CEB311Message',
      oriBizMessage: 'CEB311Message guid=' + guid('0311', 1),
    },
  };
}

// --- Export ----------------------------------------------------------------------------------

function ceb303(): Ceb303Message {
  return {
    kind: 'CEB303',
    guid: guid('0303', 1),
    version: '1.0',
    Order: [
      {
        OrderHead: {
          guid: guid('0303', 2),
          appType: '1',
          appTime: '20260320101500',
          appStatus: '2',
          orderType: 'E',
          orderNo: EXP_ORDER_NO,
          ebpCode: EBP.code,
          ebpName: EBP.name,
          ebcCode: EXP_EBC.code,
          ebcName: EXP_EBC.name,
          goodsValue: '636.00',
          freight: '45.00',
          currency: '142',
        },
        OrderList: [
          {
            gnum: '1',
            itemNo: 'BS-SC-050',
            itemName: '人参精华面霜50克',
            barCode: '6970000000015',
            unit: '140',
            currency: '142',
            qty: '3',
            price: '148.00',
            totalPrice: '444.00',
          },
          {
            gnum: '2',
            itemNo: 'BS-RJ-250',
            itemName: '蜂王浆250克',
            barCode: '6970000000022',
            unit: '142',
            currency: '142',
            qty: '2',
            price: '96.00',
            totalPrice: '192.00',
          },
        ],
      },
    ],
    BaseTransfer: transfer(EBP, 'DXPENT0000458800'),
  };
}

function ceb505(): Ceb505Message {
  return {
    kind: 'CEB505',
    guid: guid('0505', 1),
    version: '1.0',
    Logistics: [
      {
        guid: guid('0505', 2),
        appType: '1',
        appTime: '20260320140000',
        appStatus: '2',
        logisticsCode: LOG.code,
        logisticsName: LOG.name,
        logisticsNo: EXP_WAYBILL,
        freight: '45.00',
        insuredFee: '0',
        currency: '142',
        grossWeight: '1.6',
        packNo: '1',
        goodsInfo: '人参精华面霜3盒；蜂王浆2瓶',
        ebcCode: EXP_EBC.code,
        ebcName: EXP_EBC.name,
      },
    ],
    BaseTransfer: transfer(LOG, 'DXPENT0000458733'),
  };
}

function ceb603(): Ceb603Message {
  return {
    kind: 'CEB603',
    guid: guid('0603', 1),
    version: '1.0',
    Inventory: [
      {
        InventoryHead: {
          guid: guid('0603', 2),
          appType: '1',
          appTime: '20260320150000',
          appStatus: '2',
          customsCode: CUSTOMS,
          ebpCode: EBP.code,
          ebpName: EBP.name,
          orderNo: EXP_ORDER_NO,
          logisticsCode: LOG.code,
          logisticsName: LOG.name,
          logisticsNo: EXP_WAYBILL,
          copNo: EXP_COP_NO,
          ieFlag: 'E',
          portCode: PORT,
          ieDate: '20260322',
          statisticsFlag: 'B',
          agentCode: AGENT.code,
          agentName: AGENT.name,
          ebcCode: EXP_EBC.code,
          ebcName: EXP_EBC.name,
          ownerCode: EXP_EBC.code,
          ownerName: EXP_EBC.name,
          tradeMode: '9610',
          trafMode: '5',
          trafName: 'CZ',
          voyageNo: 'CZ6001',
          billNo: EXP_BILL,
          country: '344',
          POD: '3440',
          freight: '45.00',
          fCurrency: '142',
          fFlag: '3',
          insuredFee: '0',
          iCurrency: '142',
          iFlag: '3',
          wrapType: '2',
          packNo: '1',
          grossWeight: '1.6',
          netWeight: '1.2',
        },
        InventoryList: [
          {
            gnum: '1',
            itemNo: 'BS-SC-050',
            itemName: '人参精华面霜50克',
            gcode: '3304990099',
            gname: '护肤面霜',
            gmodel: '50克/盒|人参提取物|护肤用|品牌：北参',
            barCode: '6970000000015',
            country: '344',
            currency: '142',
            qty: '3',
            qty1: '0.15',
            unit: '140',
            unit1: '035',
            price: '148.00',
            totalPrice: '444.00',
          },
          {
            gnum: '2',
            itemNo: 'BS-RJ-250',
            itemName: '蜂王浆250克',
            gcode: '0410902100',
            gname: '鲜蜂王浆',
            gmodel: '250克/瓶|鲜蜂王浆|冷藏|品牌：北参',
            barCode: '6970000000022',
            country: '344',
            currency: '142',
            qty: '2',
            qty1: '0.5',
            unit: '142',
            unit1: '035',
            price: '96.00',
            totalPrice: '192.00',
          },
        ],
      },
    ],
    BaseTransfer: transfer(AGENT, 'DXPENT0000458755'),
  };
}

function ceb507(): Ceb507Message {
  return {
    kind: 'CEB507',
    guid: guid('0507', 1),
    version: '1.0',
    Arrival: [
      {
        ArrivalHead: {
          guid: guid('0507', 2),
          appType: '1',
          appTime: '20260321160000',
          appStatus: '2',
          customsCode: PORT,
          copNo: 'FSARR202603210001',
          operatorCode: SITE.code,
          operatorName: SITE.name,
          ieFlag: 'E',
          trafMode: '5',
          billNo: EXP_BILL,
          domesticTrafNo: '辽D52831',
          logisticsCode: LOG.code,
          logisticsName: LOG.name,
          msgCount: '1',
          msgSeqNo: '1',
        },
        ArrivalList: [{ gnum: '1', logisticsNo: EXP_WAYBILL, totalPackageNo: 'FSBAG0001' }],
      },
    ],
    BaseTransfer: transfer(SITE, 'DXPENT0000458701'),
  };
}

function ceb509(): Ceb509Message {
  return {
    kind: 'CEB509',
    guid: guid('0509', 1),
    version: '1.0',
    Departure: [
      {
        DepartureHead: {
          guid: guid('0509', 2),
          appType: '1',
          appTime: '20260322120000',
          appStatus: '2',
          customsCode: PORT,
          copNo: 'FSDEP202603220001',
          logisticsCode: LOG.code,
          logisticsName: LOG.name,
          trafMode: '5',
          trafName: 'CZ',
          voyageNo: 'CZ6001',
          billNo: EXP_BILL,
          leaveTime: '20260322113000',
          msgCount: '1',
          msgSeqNo: '1',
        },
        DepartureList: [{ gnum: '1', totalPackageNo: 'FSBAG0001', logisticsNo: EXP_WAYBILL }],
      },
    ],
    BaseTransfer: transfer(LOG, 'DXPENT0000458733'),
  };
}

function ceb701(): Ceb701Message {
  return {
    kind: 'CEB701',
    guid: guid('0701', 1),
    version: '1.0',
    SummaryApply: [
      {
        SummaryApplyHead: {
          guid: guid('0701', 2),
          appType: '1',
          appTime: '20260410090000',
          appStatus: '2',
          customsCode: CUSTOMS,
          copNo: 'FSSUM202604100001',
          agentCode: AGENT.code,
          agentName: AGENT.name,
          ebcCode: EXP_EBC.code,
          ebcName: EXP_EBC.name,
          declAgentCode: AGENT.code,
          declAgentName: AGENT.name,
          summaryFlag: '1',
          itemNameFlag: '1',
          msgCount: '1',
          msgSeqNo: '1',
        },
        SummaryApplyList: [{ invtNo: EXP_INVT_NO }],
      },
    ],
    BaseTransfer: transfer(AGENT, 'DXPENT0000458755'),
  };
}

function ceb403(): Ceb403Message {
  return {
    kind: 'CEB403',
    guid: guid('0403', 1),
    version: '1.0',
    Receipts: [
      {
        guid: guid('0403', 2),
        appType: '1',
        appTime: '20260325100000',
        appStatus: '2',
        ebpCode: EBP.code,
        ebpName: EBP.name,
        ebcCode: EXP_EBC.code,
        ebcName: EXP_EBC.name,
        orderNo: EXP_ORDER_NO,
        payCode: PAY.code,
        payName: PAY.name,
        payNo: 'TH2026032509500000456',
        charge: '681.00',
        currency: '142',
        accountingDate: '20260325095000',
      },
    ],
    BaseTransfer: transfer(PAY, 'DXPENT0000458790'),
  };
}

function ceb605(): Ceb605Message {
  return {
    kind: 'CEB605',
    guid: guid('0605', 1),
    version: '1.0',
    InvtCancel: [
      {
        guid: guid('0605', 2),
        appType: '1',
        appTime: '20260321090000',
        appStatus: '2',
        customsCode: CUSTOMS,
        copNo: EXP_COP_NO,
        preNo: EXP_PRE_NO,
        invtNo: EXP_INVT_NO,
        reason: '买家取消订单，货物未运抵',
        agentCode: AGENT.code,
        agentName: AGENT.name,
        ebcCode: EXP_EBC.code,
        ebcName: EXP_EBC.name,
      },
    ],
    BaseTransfer: transfer(AGENT, 'DXPENT0000458755'),
  };
}

function ceb607(): Ceb607Message {
  return {
    kind: 'CEB607',
    guid: guid('0607', 1),
    version: '1.0',
    WayBill: [
      {
        WayBillHead: {
          guid: guid('0607', 2),
          appType: '1',
          appTime: '20260321140000',
          appStatus: '2',
          customsCode: PORT,
          copNo: 'FSWB202603210001',
          agentCode: AGENT.code,
          agentName: AGENT.name,
          trafMode: '5',
          trafName: 'CZ',
          voyageNo: 'CZ6001',
          billNo: EXP_BILL,
          grossWeight: '1.6',
          logisticsCode: LOG.code,
          logisticsName: LOG.name,
          msgCount: '1',
          msgSeqNo: '1',
        },
        WayBillList: [{ gnum: '1', totalPackageNo: 'FSBAG0001', logisticsNo: EXP_WAYBILL, invtNo: EXP_INVT_NO }],
      },
    ],
    BaseTransfer: transfer(AGENT, 'DXPENT0000458755'),
  };
}

function ceb213(): Ceb213Message {
  return {
    kind: 'CEB213',
    guid: guid('0213', 1),
    version: '1.0',
    InvtRefund: [
      {
        InvtRefundHead: {
          guid: guid('0213', 2),
          appType: '1',
          appTime: '20260501100000',
          appStatus: '2',
          customsCode: CUSTOMS,
          ebpCode: EBP.code,
          ebpName: EBP.name,
          ebcCode: EXP_EBC.code,
          ebcName: EXP_EBC.name,
          logisticsNo: 'LF260501000789CN',
          logisticsCode: LOG.code,
          logisticsName: LOG.name,
          coElNo: 'FSRET202605010001',
          invtNo: EXP_INVT_NO,
          tradeMode: '9610',
          agentCode: AGENT.code,
          agentName: AGENT.name,
          billNo: '784-26050101',
          ieFlag: 'I',
          trafMode: '5',
          trafName: 'CZ',
          portCode: PORT,
          reason: '境外买家退货：面霜包装破损',
          country: '344',
          voyageNo: 'CZ6002',
        },
        InvtRefundList: [
          {
            gnum: '1',
            gcode: '3304990099',
            gname: '护肤面霜',
            gmodel: '50克/盒|人参提取物|护肤用|品牌：北参',
            qty: '1',
            qty1: '0.05',
            unit: '140',
            unit1: '035',
          },
        ],
      },
    ],
    BaseTransfer: transfer(AGENT, 'DXPENT0000458755'),
  };
}

function ceb215(): Ceb215Message {
  return {
    kind: 'CEB215',
    guid: guid('0215', 1),
    version: '1.0',
    InvtRefundDetail: [
      {
        guid: guid('0215', 2),
        appType: '1',
        appTime: '20260505150000',
        appStatus: '2',
        customsCode: PORT,
        operatorCode: SITE.code,
        operatorName: SITE.name,
        logisticsCode: LOG.code,
        logisticsName: LOG.name,
        logisticsNo: 'LF260501000789CN',
        invtNo: EXP_INVT_NO,
        coElNo: 'FSRET202605010001',
        billNo: '784-26050101',
        ieFlag: 'I',
        trafMode: '5',
        trafName: 'CZ',
        voyageNo: 'CZ6002',
        location: 'T3-R05',
      },
    ],
    BaseTransfer: transfer(SITE, 'DXPENT0000458701'),
  };
}

function ceb304(): Ceb304Message {
  return {
    kind: 'CEB304',
    guid: guid('0304', 1),
    version: '1.0',
    OrderReturn: [
      {
        guid: guid('0303', 2),
        ebpCode: EBP.code,
        ebcCode: EXP_EBC.code,
        orderNo: EXP_ORDER_NO,
        returnStatus: '120',
        returnTime: '20260320101703001',
        returnInfo: '订单新增申报成功，海关入库',
      },
    ],
  };
}

function ceb404(): Ceb404Message {
  return {
    kind: 'CEB404',
    guid: guid('0404', 1),
    version: '1.0',
    ReceiptsReturn: [
      {
        guid: guid('0403', 2),
        ebcCode: EXP_EBC.code,
        orderNo: EXP_ORDER_NO,
        payNo: 'TH2026032509500000456',
        returnStatus: '120',
        returnTime: '20260325100204002',
        returnInfo: '收款单入库',
      },
    ],
  };
}

function ceb506(): Ceb506Message {
  return {
    kind: 'CEB506',
    guid: guid('0506', 1),
    version: '1.0',
    LogisticsReturn: [
      {
        guid: guid('0505', 2),
        logisticsCode: LOG.code,
        logisticsNo: EXP_WAYBILL,
        returnStatus: '120',
        returnTime: '20260320140211003',
        returnInfo: '运单新增申报成功，海关入库',
      },
    ],
  };
}

function ceb508(): Ceb508Message {
  return {
    kind: 'CEB508',
    guid: guid('0508', 1),
    version: '1.0',
    ArrivalReturn: [
      {
        guid: guid('0507', 2),
        operatorCode: SITE.code,
        logisticsCode: LOG.code,
        preNo: 'B20260321000008899',
        copNo: 'FSARR202603210001',
        billNo: EXP_BILL,
        msgSeqNo: '1',
        returnStatus: '399',
        returnTime: '20260321160312004',
        returnInfo: '运抵单审结',
      },
    ],
  };
}

function ceb510(): Ceb510Message {
  return {
    kind: 'CEB510',
    guid: guid('0510', 1),
    version: '1.0',
    DepartureReturn: [
      {
        guid: guid('0509', 2),
        logisticsCode: LOG.code,
        copNo: 'FSDEP202603220001',
        preNo: 'B20260322000009911',
        msgSeqNo: '1',
        returnStatus: '399',
        returnTime: '20260322120415005',
        returnInfo: '离境单审结',
      },
    ],
  };
}

function ceb604(): Ceb604Message {
  return {
    kind: 'CEB604',
    guid: guid('0604', 1),
    version: '1.0',
    InventoryReturn: [
      {
        guid: guid('0603', 2),
        agentCode: AGENT.code,
        copNo: EXP_COP_NO,
        preNo: EXP_PRE_NO,
        invtNo: EXP_INVT_NO,
        ebcCode: EXP_EBC.code,
        ebpCode: EBP.code,
        orderNo: EXP_ORDER_NO,
        statisticsFlag: 'B',
        returnStatus: '800',
        returnTime: '20260321170020006',
        returnInfo: '[Code:2600;Desc:放行]',
      },
    ],
  };
}

function ceb606(): Ceb606Message {
  return {
    kind: 'CEB606',
    guid: guid('0606', 1),
    version: '1.0',
    InvtCancelReturn: [
      {
        guid: guid('0605', 2),
        agentCode: AGENT.code,
        copNo: EXP_COP_NO,
        preNo: EXP_PRE_NO,
        invtNo: EXP_INVT_NO,
        returnStatus: '399',
        returnTime: '20260321090322007',
        returnInfo: '撤销申请审结',
      },
    ],
  };
}

function ceb608(): Ceb608Message {
  return {
    kind: 'CEB608',
    guid: guid('0608', 1),
    version: '1.0',
    WayBillReturn: [
      {
        guid: guid('0607', 2),
        agentCode: AGENT.code,
        logisticsCode: LOG.code,
        copNo: 'FSWB202603210001',
        preNo: 'B20260321000008900',
        billNo: EXP_BILL,
        msgSeqNo: '1',
        returnStatus: '399',
        returnTime: '20260321140333008',
        returnInfo: '清单总分单审结',
      },
    ],
  };
}

function ceb214(): Ceb214Message {
  return {
    kind: 'CEB214',
    guid: guid('0214', 1),
    version: '1.0',
    RefundReturn: [
      {
        guid: guid('0213', 2),
        ebpCode: EBP.code,
        ebcCode: EXP_EBC.code,
        agentCode: AGENT.code,
        coElNo: 'FSRET202605010001',
        invtNo: EXP_INVT_NO,
        returnStatus: '120',
        returnTime: '20260501100344009',
        returnInfo: '退货申请单入库',
      },
    ],
  };
}

function ceb216(): Ceb216Message {
  return {
    kind: 'CEB216',
    guid: guid('0216', 1),
    version: '1.0',
    InvtRefundDetailReturn: [
      {
        guid: guid('0215', 2),
        operatorCode: SITE.code,
        logisticsCode: LOG.code,
        logisticsNo: 'LF260501000789CN',
        coElNo: 'FSRET202605010001',
        returnStatus: '399',
        returnTime: '20260505150355010',
        returnInfo: '理货明细单审结',
      },
    ],
  };
}

function ceb702(): Ceb702Message {
  return {
    kind: 'CEB702',
    guid: guid('0702', 1),
    version: '1.0',
    SummaryReturn: [
      {
        guid: guid('0701', 2),
        agentCode: AGENT.code,
        ebcCode: EXP_EBC.code,
        copNo: 'FSSUM202604100001',
        preNo: 'B20260410000001122',
        sumNo: '080420260000000078',
        msgSeqNo: '1',
        returnStatus: '399',
        returnTime: '20260410090411011',
        returnInfo: '汇总申请审结',
      },
    ],
  };
}

function ceb792(): Ceb792Message {
  return {
    kind: 'CEB792',
    guid: guid('0792', 1),
    version: '1.0',
    SummaryResult: [
      {
        SummaryResultHead: {
          guid: guid('0792', 2),
          customsCode: CUSTOMS,
          sumNo: '080420260000000078',
          opDate: '20260410103000012',
          declSeqNo: '080420260000000151',
          decState: 'A',
          agentCode: AGENT.code,
          agentName: AGENT.name,
          ebcCode: EXP_EBC.code,
          ebcName: EXP_EBC.name,
          declAgentCode: AGENT.code,
          declAgentName: AGENT.name,
          grossWeight: '1.6',
          netWeight: '1.2',
          msgCount: '1',
          msgSeqNo: '1',
        },
        SummaryResultList: [
          { invtNo: EXP_INVT_NO, logisticsNo: EXP_WAYBILL, gseqno: '1', gnum: '1', gcode: '3304990099' },
          { invtNo: EXP_INVT_NO, logisticsNo: EXP_WAYBILL, gseqno: '2', gnum: '2', gcode: '0410902100' },
        ],
      },
    ],
  };
}

const BUILDERS: { [K in MessageKind]: () => MessageOfKind<K> } = {
  CEB311: ceb311,
  CEB312: ceb312,
  CEB411: ceb411,
  CEB412: ceb412,
  CEB511: ceb511,
  CEB512: ceb512,
  CEB513: ceb513,
  CEB514: ceb514,
  CEB621: ceb621,
  CEB622: ceb622,
  CEB623: ceb623,
  CEB624: ceb624,
  CEB625: ceb625,
  CEB626: ceb626,
  CEB711: ceb711,
  CEB712: ceb712,
  CEB816: ceb816,
  CEB818: ceb818,
  CEB900: ceb900,
  CEB303: ceb303,
  CEB304: ceb304,
  CEB403: ceb403,
  CEB404: ceb404,
  CEB505: ceb505,
  CEB506: ceb506,
  CEB507: ceb507,
  CEB508: ceb508,
  CEB509: ceb509,
  CEB510: ceb510,
  CEB603: ceb603,
  CEB604: ceb604,
  CEB605: ceb605,
  CEB606: ceb606,
  CEB607: ceb607,
  CEB608: ceb608,
  CEB213: ceb213,
  CEB214: ceb214,
  CEB215: ceb215,
  CEB216: ceb216,
  CEB701: ceb701,
  CEB702: ceb702,
  CEB792: ceb792,
};

/** A fresh, valid example message of `kind` (see the header for the story it tells). */
export function exampleMessage<K extends MessageKind>(kind: K): MessageOfKind<K> {
  return BUILDERS[kind]();
}
