/**
 * Page model of the enterprise home: the enterprise with its profile, and once it is approved its
 * orders and the retention questions due (`loadEnterpriseHome`); what each profile field shows (`profileValue`).
 */
import type { Db } from '#lib/db/client.ts';
import { getEnterpriseView } from '#lib/enterprise/profile.ts';
import { dueRetentionTasks } from '#lib/training-orders/flow.ts';
import { listEnterpriseOrders } from '#lib/training-orders/orders.ts';
import type { ActionForm } from '#server/forms.ts';

export async function loadEnterpriseHome(db: Db, userId: string) {
  const view = await getEnterpriseView(db, userId);
  const approved = view?.enterprise.status === 'approved';
  const [orders, tasks] = approved ? await Promise.all([listEnterpriseOrders(db, userId), dueRetentionTasks(db, userId)]) : [[], []];
  return { view, approved, orders, tasks };
}

/** A profile field's value: what was posted after a rejected save, else the stored one ('' for none). */
export function profileValue(saved: Pick<ActionForm<unknown>, 'failed' | 'posted'>, name: string, current: string | null | undefined): string {
  return (saved.failed ? saved.posted[name] : current) ?? '';
}
