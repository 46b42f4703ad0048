import { describe, expect, it, vi } from 'vitest';

vi.mock('astro:actions', () => ({
  isInputError: (e: { fields?: unknown }) => e.fields !== undefined,
}));

const { actionForm } = await import('#server/forms.ts');

type Result = { data?: unknown; error?: unknown } | undefined;

function page(result: Result, body: Record<string, string> = {}) {
  const form = new URLSearchParams(body);
  return {
    getActionResult: (() => result) as never,
    request: new Request('http://x/', { method: 'POST', body: form }),
    response: {} as { status?: number },
  };
}
const action = {} as never;

describe('actionForm', () => {
  it('is idle when the form was not submitted', async () => {
    const p = page(undefined, { name: 'x' });
    const f = await actionForm(p, action, 'en');
    expect(f).toEqual({ data: undefined, errors: { fields: {}, summary: [], status: null }, submitted: false, failed: false, posted: {} });
    expect(p.response.status).toBeUndefined();
  });

  it('gives the data of a success and starts the form empty, unless asked to echo', async () => {
    expect(await actionForm(page({ data: { sku: 'A' } }, { sku: 'A' }), action, 'en')).toMatchObject({ data: { sku: 'A' }, submitted: true, failed: false, posted: {} });
    expect((await actionForm(page({ data: { sku: 'A' } }, { sku: 'A' }), action, 'en', { echo: 'always' })).posted).toEqual({ sku: 'A' });
  });

  it('localizes field errors, sets 400 and gives back what was typed, never a password', async () => {
    const p = page({ error: { fields: { name: ['workbench.err.name'], other: ['not a key'] } } }, { name: 'a', password: 'secret' });
    const f = await actionForm(p, action, 'zh-CN');
    expect(p.response.status).toBe(400);
    expect(f.failed).toBe(true);
    expect(f.posted).toEqual({ name: 'a' });
    expect(Object.keys(f.errors.fields)).toEqual(['name', 'other']);
    expect(f.errors.summary.map((s) => s.field)).toEqual(['name', 'other']);
  });

  it('keeps the status of a domain error and shows its message in the summary', async () => {
    const p = page({ error: { status: 409, message: '已存在' } });
    const f = await actionForm(p, action, 'en');
    expect(p.response.status).toBe(409);
    expect(f.errors.summary).toEqual([{ field: null, message: '已存在' }]);
  });
});
