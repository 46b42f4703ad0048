/** Error catalogue: code tables (family `codes`). */
import { def, L } from './define.ts';

export const codeErrors = [
  def('CODE_COUNTRY_UNKNOWN', 'codes', '国别（地区）代码不在代码表中', 'Country/region code not in the code table', L.importFlow),
  def('CODE_CURRENCY_UNKNOWN', 'codes', '币制代码不在代码表中', 'Currency code not in the code table', L.importFlow),
  def('CODE_UNIT_UNKNOWN', 'codes', '计量单位代码不在代码表中', 'Unit code not in the code table', L.importFlow),
  def('CODE_DISTRICT_UNKNOWN', 'codes', '关区代码不在代码表中', 'Customs district code not in the code table', L.importFlow),
  def('CODE_MODE_UNKNOWN', 'codes', '监管方式不是跨境电商监管方式', 'Supervision mode is not a CBEC mode', L.modes),
  def('CODE_MODE_DIRECTION', 'codes', '监管方式与进出口方向不符', 'Supervision mode does not fit the direction (import/export)', L.modes),
  def('CODE_MODE_NOT_IN_FORCE', 'codes', '该监管方式在申报日期尚未实施', 'Supervision mode not yet in force on the declaration date', L.modes),
  def('CODE_ID_TYPE_UNKNOWN', 'codes', '证件类型代码不在代码表中', 'ID type code not in the code table', L.match),
  def('CODE_ID_NUMBER_INVALID', 'codes', '身份证号码校验位错误', 'Resident ID number fails its check character', L.match),
  def('CODE_HS_UNKNOWN', 'codes', '商品编码不在商品编码表中', 'HS code not in the shipped tariff table', L.positiveList),
  def('CODE_TRANSPORT_UNKNOWN', 'codes', '运输方式代码不在代码表中', 'Transport mode code not in the code table', L.waybill),
  def('CODE_WRAP_UNKNOWN', 'codes', '包装种类代码不在代码表中', 'Packaging code not in the code table', L.waybill),
  def('CODE_ORDER_TYPE', 'codes', '订单类型与报文不符', 'Order type does not fit the message', L.importFlow),
  def('CODE_IE_FLAG', 'codes', '进出口标记与报文不符', 'Import/export flag does not fit the message', L.importFlow),
  def('CODE_ENTERPRISE_CODE', 'codes', '企业代码不是10位海关编码或有效的18位统一社会信用代码', 'Enterprise code is neither a 10-character customs code nor a valid 18-character USCC', L.importFlow),
];
