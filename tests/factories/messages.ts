/** Message maps: the `{ kind → XML }` form a declaration is submitted in, from a drafted set. */

/** `{ CEB311: '<…>', CEB621: '<…>', … }` from drafted messages, as the order form posts them. */
export function messageMap(messages: ReadonlyArray<{ kind: string; xml: string }>): Record<string, string> {
  return Object.fromEntries(messages.map((m) => [m.kind, m.xml]));
}
