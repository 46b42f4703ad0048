/** Error catalogue: risk step outcomes, reported as warnings (family `risk`). */
import { def, L } from './define.ts';

export const riskErrors = [
  def('RISK_MANUAL_REVIEW', 'risk', '清单被布控为人工审核', 'The list was routed to manual review', L.review),
  def('RISK_INSPECTION', 'risk', '清单被布控查验', 'The list was selected for inspection', L.review),
];
