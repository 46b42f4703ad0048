/**
 * The forms check of the generated crawl (generated-language.spec.ts crawls once for both): no page offers
 * a form its viewer would be refused. Each form's target is judged by the one permission table — an Astro
 * Action by its row in ACTION_PERMISSIONS, the same row `requirePermission()` enforces, and a plain POST by
 * the path rules the middleware applies.
 */
import type { Page } from '@playwright/test';
import { ACTION_PERMISSIONS, authorizePath, mayCallAction, type Principal } from '#lib/auth/permissions.ts';
import type { Viewer } from './crawl.ts';

function principalOf(viewer: Viewer): Principal | null {
  return viewer === 'anonymous' ? null : { role: viewer, status: 'active' };
}

/** The problems of one page's forms; every action a form posts to goes into `actionsSeen`. */
export async function formProblems(viewer: Viewer, url: string, page: Page, actionsSeen: Set<string>): Promise<string[]> {
  const problems: string[] = [];
  const forms = await page.$$eval('form', (fs) => fs.map((f) => ({ action: f.getAttribute('action') ?? '', method: (f.getAttribute('method') ?? 'get').toLowerCase() })));
  for (const form of forms) {
    const target = new URL(form.action, page.url());
    const action = target.searchParams.get('_action') ?? (target.pathname.startsWith('/_actions/') ? target.pathname.slice('/_actions/'.length) : null);
    const principal = principalOf(viewer);
    if (action) {
      actionsSeen.add(action);
      const may = mayCallAction(principal, action);
      if (may === undefined) problems.push(`${url}: a form posts to action "${action}", which has no row in ACTION_PERMISSIONS`);
      else if (!may) problems.push(`${url}: ${viewer} is shown a form for "${action}" (needs ${ACTION_PERMISSIONS[action]})`);
      continue;
    }
    if (form.method !== 'post') continue;
    const path = target.pathname.replace(/^\/en(?=\/|$)/, '').replace(/\/+$/, '') || '/';
    const decision = authorizePath(path, principal);
    if (decision === 'forbidden' || decision === 'sign-in') problems.push(`${url}: ${viewer} is shown a form posting to ${target.pathname} (${decision})`);
    if (path === '/signout' && !principal) problems.push(`${url}: anonymous viewer is shown a sign-out form`);
  }
  return problems;
}
