/**
 * The permission table covers the code exactly: every page and endpoint file
 * under src/pages has a row in ROUTE_PERMISSIONS (and no row is left without
 * a file), every action defined in src/actions has a row in ACTION_PERMISSIONS
 * (and no row names an action that does not exist), prerendered pages are
 * open to everyone (they are built once, before anyone signs in), and the
 * middleware decides each route by its row. Adding a route or an action
 * without its row fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_OWNERSHIP, ACTION_PERMISSIONS, authorizePath, can, ROUTE_PERMISSIONS, routeOf, type Principal } from '#lib/auth/permissions.ts';
import { ROLES } from '#lib/db/schema-auth.ts';

const PAGES = join(process.cwd(), 'src', 'pages');
const ACTIONS = join(process.cwd(), 'src', 'actions');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Route files (pages and endpoints; not partials whose name starts with `_`) and their route. */
function routeFiles(): { file: string; route: string }[] {
  return walk(PAGES)
    .filter((f) => /\.(astro|ts|js|md|mdx)$/.test(f))
    .map((f) => relative(PAGES, f).split(sep))
    .filter((parts) => !parts.some((p) => p.startsWith('_')))
    .map((parts) => {
      const segments = parts.filter((p) => p !== '[...lang]');
      const last = segments.pop()!.replace(/\.(astro|ts|js|md|mdx)$/, '');
      if (last !== 'index') segments.push(last);
      return { file: parts.join('/'), route: `/${segments.join('/')}` };
    });
}

/** Action names defined in src/actions: `<group>.<name>` from each group file's `name: defineAction(`. */
function definedActions(): string[] {
  const index = readFileSync(join(ACTIONS, 'index.ts'), 'utf8');
  const groups = [...index.matchAll(/import \{ (\w+) \} from '\.\/([\w-]+)\.ts'/g)].map((m) => ({ group: m[1]!, file: m[2]! }));
  return groups.flatMap(({ group, file }) => [...readFileSync(join(ACTIONS, `${file}.ts`), 'utf8').matchAll(/^\s+(\w+): defineAction\(/gm)].map((m) => `${group}.${m[1]}`));
}

/** A path of the route, parameters filled in. */
const sample = (route: string) => route.replace(/\[\.\.\.\w+\]|\[\w+\]/g, 'x1');

describe('the permission table', () => {
  const files = routeFiles();

  it('has a row for every route file and a file for every row', () => {
    expect(files.length).toBeGreaterThan(30);
    const missing = files.filter((f) => !Object.hasOwn(ROUTE_PERMISSIONS, f.route)).map((f) => `${f.file} (${f.route})`);
    expect(missing, 'route files without a row in ROUTE_PERMISSIONS').toEqual([]);
    const stale = Object.keys(ROUTE_PERMISSIONS).filter((r) => !files.some((f) => f.route === r));
    expect(stale, 'rows without a route file').toEqual([]);
  });

  it('has a row for every action and an action for every row', () => {
    const actions = definedActions();
    expect(actions.length).toBeGreaterThan(20);
    expect(actions.filter((a) => !Object.hasOwn(ACTION_PERMISSIONS, a)), 'actions without a row in ACTION_PERMISSIONS').toEqual([]);
    expect(Object.keys(ACTION_PERMISSIONS).filter((a) => !actions.includes(a)), 'rows without an action').toEqual([]);
    expect(Object.keys(ACTION_OWNERSHIP).filter((a) => !actions.includes(a)), 'ownership rules of no action').toEqual([]);
  });

  it('each action checks its own row', () => {
    let checked = 0;
    for (const file of readdirSync(ACTIONS).filter((f) => f !== 'index.ts' && f !== 'inputs.ts')) {
      const text = readFileSync(join(ACTIONS, file), 'utf8');
      const group = /export const (\w+) = \{/.exec(text)?.[1];
      // Each action's body up to the next action: the permission it asks requirePermission() for.
      const parts = text.split(/^\s+(?=\w+: defineAction\()/m).slice(1);
      for (const part of parts) {
        const name = `${group}.${/^(\w+):/.exec(part)?.[1]}`;
        const row = ACTION_PERMISSIONS[name];
        const asked = /requirePermission\(context, '([\w:-]+)'/.exec(part)?.[1];
        if (row === 'anyone' || row === 'signed-in') expect(asked, name).toBeUndefined();
        else expect(asked, `${name} asks requirePermission() for its row`).toBe(row);
        checked += 1;
      }
    }
    expect(checked).toBe(definedActions().length);
  });

  it('prerendered pages are open to everyone', () => {
    for (const f of files) {
      const text = readFileSync(join(PAGES, f.file), 'utf8');
      if (/export const prerender = true/.test(text)) expect(ROUTE_PERMISSIONS[f.route]?.access, f.file).toBe('anyone');
    }
  });

  it('the middleware decides every route by its row, for every role and with no session', () => {
    for (const [route, rule] of Object.entries(ROUTE_PERMISSIONS)) {
      const path = sample(route);
      expect(routeOf(path), path).toBe(route);
      expect(authorizePath(path, null), `${path} with no session`).toBe(rule.access === 'anyone' ? 'public' : 'sign-in');
      for (const role of ROLES) {
        const principal: Principal = { role, status: 'active' };
        const expected = rule.access === 'anyone' ? 'public' : rule.access === 'signed-in' || can(principal, rule.access) ? 'allowed' : 'forbidden';
        expect(authorizePath(path, principal), `${path} as ${role}`).toBe(expected);
      }
    }
  });
});
