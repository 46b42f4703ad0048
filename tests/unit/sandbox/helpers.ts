/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures and tests mutate typed messages by field name; the engine itself checks their shape */
import { exampleMessage, serializeMessage } from '#sandbox/messages/index.ts';
import type { CebMessage, MessageKind } from '#sandbox/messages/types.ts';
import type { ParsedMessage } from '#sandbox/messages/base.ts';
import { isSignable, signMessage } from '#sandbox/rules/signature.ts';
import { DEMO_TRAINING_KEY } from '#sandbox/engine.ts';

export type M = Record<string, any>;

export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
export const ex = (k: MessageKind): M => clone(exampleMessage(k));
export const importSet = (): M[] => [ex('CEB311'), ex('CEB411'), ex('CEB511'), ex('CEB621')];
export const exportSet = (): M[] => [ex('CEB303'), ex('CEB505'), ex('CEB603'), ex('CEB507'), ex('CEB509')];

export function signed(set: M[], key = DEMO_TRAINING_KEY): CebMessage[] {
  return set.map((m) => (isSignable(m as CebMessage) ? signMessage(m as never, key) : (m as CebMessage)));
}
export const asParsed = (set: M[]): ParsedMessage[] => signed(set).map((message) => ({ message, positions: {} }));
export const asXml = (set: M[]): string[] => signed(set).map((m) => serializeMessage(m));
