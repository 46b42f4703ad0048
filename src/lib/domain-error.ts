/**
 * The base of every domain error. Each has a stable `code` within its `domain`; `id` (`domain.CODE`)
 * is the key of the one table in src/server/action-errors.ts that turns any of them into an action
 * status and a dictionary message, so no action maps errors of its own.
 */
export abstract class DomainError<D extends string = string, C extends string = string> extends Error {
  readonly domain: D;
  readonly code: C;
  /** Values for the message's `{placeholders}`. */
  readonly vars: Readonly<Record<string, string | number>>;

  protected constructor(domain: D, code: C, options: { detail?: string | undefined; vars?: Record<string, string | number> } = {}) {
    super(options.detail ?? code);
    this.domain = domain;
    this.code = code;
    this.vars = options.vars ?? {};
  }

  /** `domain.CODE`: stable across releases, the key of the action error table. */
  get id(): `${D}.${C}` {
    return `${this.domain}.${this.code}`;
  }
}
