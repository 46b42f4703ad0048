import { describe, expect, it } from 'vitest';
import { auditKindOptions, institutionOptions, inviteViews, pageLinks, parseAuditQuery, parseUsersQuery, usersPageModel } from '#pages/[...lang]/admin/_console.ts';
import type { InviteRow } from '#lib/admin/invites.ts';
import type { Institution } from '#lib/db/schema-org.ts';

const inst = (id: string, active: boolean): Institution => ({ id, nameZh: `${id}大学`, nameEn: `${id} University`, kind: 'university', isPartner: true, active, contactName: null, contactEmail: null, contactPhone: null, createdAt: new Date(0) });
const invite = (code: string, over: Partial<InviteRow>): InviteRow => ({
  code,
  role: 'instructor',
  institutionId: 'lnpu',
  department: null,
  createdBy: 'a1',
  createdAt: new Date('2026-12-01T00:00:00Z'),
  expiresAt: new Date('2026-12-31T00:00:00Z'),
  usedBy: null,
  usedAt: null,
  revokedAt: null,
  revokedBy: null,
  status: 'unused',
  usedByName: null,
  createdByName: '办公室',
  ...over,
});

describe('admin console page models', () => {
  it('invite rows: institution by name in the page language, status in words, who used it, revocable only when unused', () => {
    const rows = inviteViews(
      [
        invite('AAA', {}),
        invite('BBB', { status: 'used', usedBy: 'u1', usedByName: '张老师', usedAt: new Date() }),
        invite('CCC', { status: 'used', usedAt: new Date() }),
        invite('DDD', { status: 'revoked', role: 'government', institutionId: null, department: '抚顺海关' }),
      ],
      [inst('lnpu', true)],
      'en',
    );
    expect(rows.map((r) => [r.code, r.boundTo, r.statusLabel, r.revocable])).toEqual([
      ['AAA', 'lnpu University', 'Unused', true],
      ['BBB', 'lnpu University', 'Used', false],
      ['CCC', 'lnpu University', 'Used', false],
      ['DDD', '抚顺海关', 'Revoked', false],
    ]);
    expect(rows[1]?.usedBy).toEqual({ name: '张老师', href: '/en/admin/accounts/u1' });
    expect(rows[2]?.usedBy).toEqual({ note: '(no account created)' });
    expect(rows[0]?.usedBy).toBeNull();
    expect(inviteViews([invite('AAA', {})], [inst('lnpu', true)], 'zh-CN')[0]?.statusLabel).toBe('未使用');
  });

  it('offers only active institutions for new invites', () => {
    expect(institutionOptions([inst('lnpu', true), inst('old', false)], 'zh-CN')).toEqual([{ id: 'lnpu', name: 'lnpu大学' }]);
  });

  it('reads the users list query; junk becomes the defaults', () => {
    expect(parseUsersQuery(new URLSearchParams('q=%20li%20&role=admin&page=3'))).toEqual({ q: 'li', role: 'admin', page: 3 });
    expect(parseUsersQuery(new URLSearchParams('role=root&page=-1'))).toEqual({ q: '', role: undefined, page: 1 });
    expect(parseUsersQuery(new URLSearchParams(`page=1.5&q=${'x'.repeat(500)}`)).q).toHaveLength(100);
  });

  it('page links keep the filters, drop the action and page 1', () => {
    const params = new URLSearchParams('q=li&page=2&_action=admin.setAccountStatus');
    expect(pageLinks('/en/admin/users', params, 2, 3)).toEqual({ prev: '/en/admin/users?q=li', next: '/en/admin/users?q=li&page=3' });
    expect(pageLinks('/admin/users', new URLSearchParams(), 1, 1)).toEqual({ prev: null, next: null });
  });

  it('users rows: the viewer cannot disable themselves; a disabled account is offered enabling', () => {
    const base = { email: 'x@example.cn', role: 'admin' as const, createdAt: new Date(0), lockedUntil: null };
    const model = usersPageModel(
      {
        rows: [
          { ...base, id: 'me', displayName: '我', status: 'active' },
          { ...base, id: 'other', displayName: '他', status: 'active', lockedUntil: new Date('2026-12-04T02:00:00Z') },
          { ...base, id: 'off', displayName: '停', status: 'disabled' },
        ],
        total: 3,
        page: 1,
        pages: 1,
      },
      'me',
      'en',
    );
    expect(model.rows.map((r) => r.offer)).toEqual([null, 'disable', 'enable']);
    expect(model.rows[0]?.isViewer).toBe(true);
    expect(model.rows[1]?.signIn).toBe('waiting until 4 Dec 2026, 10:00');
    expect(model.count).toBe('3 accounts');
    expect(model.rows[2]?.statusLabel).toBe('Disabled');
  });

  it('reads the audit filters; a period is whole Asia/Shanghai days, `to` inclusive; a bad date is dropped and said', () => {
    const f = parseAuditQuery(new URLSearchParams('actor=system&kind=invite&from=2026-12-01&to=2026-12-04&page=2'));
    expect(f.query).toEqual({ actor: 'system', action: 'invite', from: new Date('2026-11-30T16:00:00Z'), to: new Date('2026-12-04T16:00:00Z'), page: 2 });
    expect(f.badDate).toBe(false);
    const bad = parseAuditQuery(new URLSearchParams('from=2026-02-30&kind=%27%3Bdrop'));
    expect(bad.badDate).toBe(true);
    expect(bad.values.from).toBe('');
    expect(bad.query.from).toBeUndefined();
    expect(bad.query.action).toBeUndefined();
  });

  it('the action filter lists each group, then its recorded actions in words, never a raw code', () => {
    const options = auditKindOptions(['invite.issue', 'invite.revoke', 'seed.demo-account', 'mystery.thing'], 'en');
    expect(options.slice(0, 2)).toEqual([
      { value: 'user', label: 'Accounts', group: true },
      { value: 'enterprise', label: 'Enterprise reviews', group: true },
    ]);
    expect(options).toContainEqual({ value: 'invite.revoke', label: 'revoked the invite code', group: false });
    expect(options.at(-1)).toEqual({ value: 'seed.demo-account', label: 'created the demo account', group: false });
    // no raw code on screen: an action without words is not offered by itself
    expect(options.map((o) => o.value)).not.toContain('mystery.thing');
  });
});
