/**
 * Registry of message specs by kind.
 *
 * Design: the one list of kinds. `MessageKind` in ./types.ts is generated from this record
 * (scripts/generate-message-types.ts), so a spec added here without regenerating is a type error.
 */

import type { MessageSpec } from './spec.ts';
import type { MessageKind } from './types.ts';
import { ceb311Spec } from './ceb311.ts';
import { ceb312Spec } from './ceb312.ts';
import { ceb411Spec } from './ceb411.ts';
import { ceb412Spec } from './ceb412.ts';
import { ceb511Spec } from './ceb511.ts';
import { ceb512Spec } from './ceb512.ts';
import { ceb513Spec } from './ceb513.ts';
import { ceb514Spec } from './ceb514.ts';
import { ceb621Spec } from './ceb621.ts';
import { ceb622Spec } from './ceb622.ts';
import { ceb623Spec } from './ceb623.ts';
import { ceb624Spec } from './ceb624.ts';
import { ceb625Spec } from './ceb625.ts';
import { ceb626Spec } from './ceb626.ts';
import { ceb711Spec } from './ceb711.ts';
import { ceb712Spec } from './ceb712.ts';
import { ceb816Spec } from './ceb816.ts';
import { ceb818Spec } from './ceb818.ts';
import { ceb900Spec } from './ceb900.ts';
import { ceb303Spec } from './ceb303.ts';
import { ceb304Spec } from './ceb304.ts';
import { ceb403Spec } from './ceb403.ts';
import { ceb404Spec } from './ceb404.ts';
import { ceb505Spec } from './ceb505.ts';
import { ceb506Spec } from './ceb506.ts';
import { ceb507Spec } from './ceb507.ts';
import { ceb508Spec } from './ceb508.ts';
import { ceb509Spec } from './ceb509.ts';
import { ceb510Spec } from './ceb510.ts';
import { ceb603Spec } from './ceb603.ts';
import { ceb604Spec } from './ceb604.ts';
import { ceb605Spec } from './ceb605.ts';
import { ceb606Spec } from './ceb606.ts';
import { ceb607Spec } from './ceb607.ts';
import { ceb608Spec } from './ceb608.ts';
import { ceb213Spec } from './ceb213.ts';
import { ceb214Spec } from './ceb214.ts';
import { ceb215Spec } from './ceb215.ts';
import { ceb216Spec } from './ceb216.ts';
import { ceb701Spec } from './ceb701.ts';
import { ceb702Spec } from './ceb702.ts';
import { ceb792Spec } from './ceb792.ts';

/** The spec of every message kind. */
export const MESSAGE_SPECS: Readonly<Record<MessageKind, MessageSpec>> = {
  CEB311: ceb311Spec,
  CEB312: ceb312Spec,
  CEB411: ceb411Spec,
  CEB412: ceb412Spec,
  CEB511: ceb511Spec,
  CEB512: ceb512Spec,
  CEB513: ceb513Spec,
  CEB514: ceb514Spec,
  CEB621: ceb621Spec,
  CEB622: ceb622Spec,
  CEB623: ceb623Spec,
  CEB624: ceb624Spec,
  CEB625: ceb625Spec,
  CEB626: ceb626Spec,
  CEB711: ceb711Spec,
  CEB712: ceb712Spec,
  CEB816: ceb816Spec,
  CEB818: ceb818Spec,
  CEB900: ceb900Spec,
  CEB303: ceb303Spec,
  CEB304: ceb304Spec,
  CEB403: ceb403Spec,
  CEB404: ceb404Spec,
  CEB505: ceb505Spec,
  CEB506: ceb506Spec,
  CEB507: ceb507Spec,
  CEB508: ceb508Spec,
  CEB509: ceb509Spec,
  CEB510: ceb510Spec,
  CEB603: ceb603Spec,
  CEB604: ceb604Spec,
  CEB605: ceb605Spec,
  CEB606: ceb606Spec,
  CEB607: ceb607Spec,
  CEB608: ceb608Spec,
  CEB213: ceb213Spec,
  CEB214: ceb214Spec,
  CEB215: ceb215Spec,
  CEB216: ceb216Spec,
  CEB701: ceb701Spec,
  CEB702: ceb702Spec,
  CEB792: ceb792Spec,
};
