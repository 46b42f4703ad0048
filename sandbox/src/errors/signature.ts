/** Error catalogue: training signature (family `signature`). */
import { def, L } from './define.ts';

export const signatureErrors = [
  def('SIG_MISSING', 'signature', '正式申报（appStatus=2）的报文缺少签名', 'A declared message (appStatus 2) has no signature', L.importFlow),
  def('SIG_ALGORITHM', 'signature', '签名算法不是实训签名算法', 'The signature does not use the training signature algorithm', L.importFlow),
  def('SIG_DIGEST', 'signature', '签名摘要与报文内容不符（报文签名后被修改）', 'The signature digest does not match the content (message changed after signing)', L.importFlow),
  def('SIG_INVALID', 'signature', '签名值校验失败（密钥不符）', 'The signature value does not verify (wrong key)', L.importFlow),
];
