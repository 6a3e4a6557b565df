import type { Store } from '../ports/store.js';

export interface DueAction {
  concernId: string;
  ref: string;
  childIds: string[];
  actionId: string;
  description: string;
  assignee: { oid: string; name: string };
  dueDate: string;
}

/** Open actions split into overdue (before today) and due soon (today up to `soonBy`), soonest first. */
export async function dueActions(store: Store, schoolId: string, today: string, soonBy: string, limit: number) {
  const rows = await store.dashboard.openActionsDue(schoolId, soonBy, limit);
  const all: DueAction[] = rows.items.flatMap((row) =>
    row.due
      .filter((a) => !a.done && !a.withdrawnAt && a.dueDate <= soonBy)
      .map((a) => ({
        concernId: row.concernId,
        ref: row.ref,
        childIds: row.childIds,
        actionId: a.id,
        description: a.description,
        assignee: a.assignee,
        dueDate: a.dueDate,
      })),
  );
  all.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.ref.localeCompare(b.ref));
  return {
    overdue: all.filter((a) => a.dueDate < today),
    dueSoon: all.filter((a) => a.dueDate >= today),
    childIds: all.flatMap((a) => a.childIds),
    more: rows.more,
  };
}
