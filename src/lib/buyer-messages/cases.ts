/** The kinds of buyer message a market day brings, and which of them concern an order. */
export const MESSAGE_KINDS = ['delay', 'wrong-item', 'return-request', 'negative-review', 'pre-sale'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Kinds a buyer writes about an order they placed (the reply must name that order). */
export function concernsOrder(kind: MessageKind): boolean {
  return kind !== 'pre-sale';
}

/** Kinds that mean the buyer sends goods back (counted as returns of the market day). */
export function isReturn(kind: MessageKind): boolean {
  return kind === 'return-request' || kind === 'wrong-item';
}
