/**
 * Signature rule (§4, §8.11): a declaration must carry a valid training signature when any of its
 * heads is declared (appStatus 2), and always for CEB621/623/625/711 (the XSD makes it [1..1]).
 * Held messages (appStatus 1) are reported as a warning: customs does not process them.
 */
import { report, businessHeads, type Entry, type RuleContext } from './context.ts';
import { isSignable, verifySignature } from './signature.ts';

const ALWAYS = new Set(['CEB621', 'CEB623', 'CEB625', 'CEB711']);

export function checkSignatures(ctx: RuleContext, entries: readonly Entry[], key: string, verify: boolean): void {
  for (const e of entries) {
    if (!isSignable(e.msg)) continue;
    const heads = businessHeads(e.msg);
    heads.forEach(({ path, head }) => {
      if (head.appStatus.trim() === '1') {
        report(ctx, e, 'POLICY_HELD', `${path}.appStatus`, {
          zh: 'appStatus=1 表示暂存：报文保存在电子口岸，不向海关申报，不会有海关回执。正式申报请填2。',
          en: 'appStatus 1 means held: the message stays at the e-port and is not declared, so customs sends no receipt. Use 2 to declare.',
        }, { severity: 'warning' });
      }
    });
    if (!verify) continue;
    const declared = heads.some((h) => h.head.appStatus.trim() === '2');
    if (!declared && !ALWAYS.has(e.msg.kind)) continue;
    const r = verifySignature(e.msg, key);
    if (r.ok) continue;
    const path = r.reason === 'missing' ? 'Signature' : r.reason === 'digest' ? 'Signature.SignedInfo.Reference[0].DigestValue' : r.reason === 'algorithm' ? 'Signature.SignedInfo.SignatureMethod' : 'Signature.SignatureValue';
    const code = r.reason === 'missing' ? 'SIG_MISSING' : r.reason === 'digest' ? 'SIG_DIGEST' : r.reason === 'algorithm' ? 'SIG_ALGORITHM' : 'SIG_INVALID';
    const text = {
      missing: { zh: '正式申报（appStatus=2）的报文必须加签。请在工作台用你的实训密钥签名后再申报。', en: 'A declared message (appStatus 2) must be signed. Sign it with your training key in the workbench, then declare.' },
      algorithm: { zh: '签名不是沙盒的实训签名（HMAC-SHA256），沙盒无法校验真实的电子口岸签名。请用实训密钥重新签名。', en: 'The signature is not the sandbox training signature (HMAC-SHA256); real e-port signatures cannot be checked here. Re-sign with your training key.' },
      digest: { zh: '签名摘要与报文内容不符：报文在签名后被修改过。修改报文后须重新签名。', en: 'The digest does not match the content: the message was changed after signing. Re-sign after every edit.' },
      value: { zh: '签名值无法用当前实训密钥验证：可能用了别人的密钥或签名值被改动。请用自己的实训密钥重新签名。', en: 'The signature value does not verify with the training key: another key was used or the value was altered. Re-sign with your own training key.' },
    }[r.reason];
    report(ctx, e, code, path, text, { ruleVersion: 'training-signature@hmac-sha256' });
  }
}
