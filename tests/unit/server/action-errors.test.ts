import { describe, expect, it, vi } from 'vitest';

// astro:actions exists only inside Astro; the table needs nothing of it but the error class.
vi.mock('astro:actions', () => ({
  ActionError: class ActionError extends Error {
    readonly code: string;
    constructor(o: { code: string; message: string }) {
      super(o.message);
      this.code = o.code;
    }
  },
}));

const { ACTION_ERRORS, domainCall, toActionError } = await import('#server/action-errors.ts');
const { AuthError } = await import('#lib/auth/errors.ts');
const { WorkbenchError } = await import('#lib/workbench/errors.ts');
const { ReturnError } = await import('#lib/workbench/returns.ts');
const { SummaryError } = await import('#lib/workbench/summary.ts');
const { isMessageKey, t } = await import('#i18n/index.ts');

function thrown(run: () => unknown): { code?: string; message: string } {
  try {
    run();
  } catch (e) {
    return e as { code?: string; message: string };
  }
  throw new Error('nothing thrown');
}

describe('the domain-error table', () => {
  it('names a dictionary message for every entry', () => {
    for (const [id, m] of Object.entries(ACTION_ERRORS)) expect(isMessageKey(m.key), id).toBe(true);
  });

  it.each([
    [new WorkbenchError('SKU_TAKEN', 'IF-900'), 'CONFLICT', 'workbench.err.SKU_TAKEN'],
    [new WorkbenchError('NOT_FOUND'), 'NOT_FOUND', 'workbench.err.NOT_FOUND'],
    [new ReturnError('BAD_QTY'), 'BAD_REQUEST', 'workbench.return.err.BAD_QTY'],
    [new ReturnError('NOT_RELEASED'), 'CONFLICT', 'workbench.return.err.NOT_RELEASED'],
    [new SummaryError('NO_LISTS'), 'BAD_REQUEST', 'parity.summary.err.NO_LISTS'],
    [new SummaryError('NOT_EXPORT'), 'CONFLICT', 'parity.summary.err.NOT_EXPORT'],
    [new AuthError('EMAIL_TAKEN'), 'CONFLICT', 'err.emailTaken'],
  ] as const)('%s → %s, %s', (error, status, key) => {
    expect(error.id).toBe(`${error.domain}.${error.code}`);
    const e = thrown(() => toActionError(error, 'en'));
    expect(e.code).toBe(status);
    expect(e.message).toBe(t('en', key));
  });

  it('says how many minutes a rate-limited user waits', () => {
    const e = thrown(() => toActionError(new AuthError('RATE_LIMITED', 150_000), 'zh-CN'));
    expect(e.code).toBe('TOO_MANY_REQUESTS');
    expect(e.message).toBe(t('zh-CN', 'err.rateLimited', { minutes: 3 }));
  });

  it('tells a learner who answers a buyer message twice that it is already answered, not a declaration error', () => {
    const e = thrown(() => toActionError(new WorkbenchError('ALREADY_ANSWERED'), 'en'));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toBe(t('en', 'buyers.err.answered'));
    expect(e.message).not.toBe(t('en', 'workbench.err.NOT_OPEN'));
  });

  it('lets anything else propagate unchanged', async () => {
    const bug = new TypeError('a bug');
    expect(thrown(() => toActionError(bug, 'en'))).toBe(bug);
    await expect(domainCall('en', () => Promise.reject(bug))).rejects.toBe(bug);
    await expect(domainCall('en', () => Promise.resolve(7))).resolves.toBe(7);
    await expect(domainCall('en', () => Promise.reject(new WorkbenchError('NOT_OPEN')))).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
