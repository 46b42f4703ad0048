/**
 * "Sign and declare" for graded scenarios, as in the workbench: the learner's edited messages are
 * signed on the server with their own training key (created on first use), and the grade verifies
 * those signatures. A message that cannot be read goes as typed, so the engine reports it.
 */
import type { MessageKind } from '#sandbox';
import type { Db } from '../db/client.ts';
import { getOrCreateTrainingKey, signAll } from '../workbench/declarations.ts';
import { gradeScenario, type GradeResult } from './grade.ts';
import type { Scenario } from './schema.ts';

export interface SignedGrade {
  grade: GradeResult;
  /** The messages as signed and graded, by kind. */
  signed: Partial<Record<MessageKind, string>>;
  /** Name of the training key that signed them (`KeyInfo/KeyName`). */
  keyName: string;
}

/** Signs the submitted messages with the user's training key and grades them with signatures verified. */
export async function signAndGradeScenario(db: Db, input: { userId: string; scenario: Scenario; submitted: Partial<Record<MessageKind, string>> }, now = new Date()): Promise<SignedGrade> {
  const key = await getOrCreateTrainingKey(db, input.userId, now);
  const kinds = input.scenario.submit.filter((k) => (input.submitted[k] ?? '').trim() !== '');
  const texts = signAll(kinds.map((k) => input.submitted[k] ?? ''), key);
  const signed: Partial<Record<MessageKind, string>> = {};
  kinds.forEach((k, i) => {
    signed[k] = texts[i] ?? '';
  });
  return { grade: gradeScenario(input.scenario, signed, { signatureKey: key.secret }), signed, keyName: key.keyName };
}
