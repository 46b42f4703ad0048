import { describe, expect, it } from 'vitest';
import { profileValue } from '#pages/[...lang]/enterprise/_home-page.ts';

describe('enterprise home profile form', () => {
  it('shows what was posted after a rejected save, else the stored value, else nothing', () => {
    const rejected = { failed: true, posted: { name: '抚顺新材料' } };
    expect(profileValue(rejected, 'name', '旧名')).toBe('抚顺新材料');
    expect(profileValue(rejected, 'industry', '化工')).toBe('');
    expect(profileValue({ failed: false, posted: {} }, 'name', '旧名')).toBe('旧名');
    expect(profileValue({ failed: false, posted: {} }, 'industry', null)).toBe('');
  });
});
