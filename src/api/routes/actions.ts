import { assignActionSchema, changeActionSchema, completeActionSchema } from '../../core/actions/action-input.js';
import { assignAction } from '../../core/actions/assign-action.js';
import { changeAction } from '../../core/actions/change-action.js';
import { completeAction } from '../../core/actions/complete-action.js';
import { listMyActions, myActionsQuerySchema } from '../../core/actions/list-my-actions.js';
import { searchStaff, searchColleagues, staffQuerySchema } from '../../core/actions/search-staff.js';
import type { Concern, ConcernAction } from '../../core/model/concern.js';
import type { School } from '../../core/model/school.js';
import type { Deps } from '../../core/usecases/context.js';
import type { Operation } from '../operation.js';
import { accessEnvOf } from './access-env.js';

const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag of the version being changed.' };

/** What the bot wants to hear: an action given to someone (a card for them), or taken back from them. */
export interface ActionHooks {
  actionAssigned?(school: School, concern: Concern, action: ConcernAction): void;
  actionTakenBack?(school: School, concern: Concern, action: ConcernAction, oid: string): void;
}

export const actionOperations = (deps: Deps, hooks: ActionHooks = {}): Operation[] => [
  {
    operationId: 'assignAction',
    method: 'post',
    path: '/api/concerns/{id}/actions',
    summary: 'Give a member of staff (by directory id) an action on a concern; they may then read the concern',
    tag: 'actions',
    body: assignActionSchema,
    headers: [IF_MATCH],
    success: { status: 201, description: 'The concern with the new action; new ETag.' },
    async handle(req) {
      const r = await assignAction(deps, req.ctx, accessEnvOf(deps).people, req.params.id!, req.body, req.header('if-match'));
      hooks.actionAssigned?.(req.ctx.school, r.saved, r.action);
      return { status: 201, body: r.concern, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'changeAction',
    method: 'post',
    path: '/api/concerns/{id}/actions/{actionId}/assignment',
    summary: 'Reassign an open action to another member of staff, or withdraw it (the access it gave goes with it)',
    tag: 'actions',
    body: changeActionSchema,
    headers: [IF_MATCH],
    success: { status: 200, description: 'The concern after the change; new ETag.' },
    async handle(req) {
      const r = await changeAction(deps, req.ctx, accessEnvOf(deps).people, req.params.id!, req.params.actionId!, req.body, req.header('if-match'));
      hooks.actionTakenBack?.(req.ctx.school, r.saved, r.action, r.previous.oid);
      if (!r.action.withdrawnAt) hooks.actionAssigned?.(req.ctx.school, r.saved, r.action);
      return { status: 200, body: r.concern, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'completeAction',
    method: 'post',
    path: '/api/concerns/{id}/actions/{actionId}/done',
    summary: 'Mark an action done with a note (its assignee, or a DSL); repeating it changes nothing',
    tag: 'actions',
    body: completeActionSchema,
    success: { status: 200, description: 'The concern with the action done; new ETag.' },
    async handle(req) {
      const r = await completeAction(deps, req.ctx, req.params.id!, req.params.actionId!, req.body);
      return { status: 200, body: r.concern, headers: { etag: r.etag } };
    },
  },
  {
    operationId: 'listMyActions',
    method: 'get',
    path: '/api/me/actions',
    summary: "The caller's actions (open first, by due date), naming no child",
    tag: 'actions',
    query: myActionsQuerySchema,
    success: { status: 200, description: 'The actions and a cursor for the next page.' },
    handle: async (req) => ({ status: 200, body: await listMyActions(deps, req.ctx, req.query) }),
  },
  {
    operationId: 'searchStaff',
    method: 'get',
    path: '/api/staff',
    summary: 'Staff a DSL can give an action to, by name, from the directory',
    tag: 'actions',
    query: staffQuerySchema,
    success: { status: 200, description: 'Matching staff (id and name).' },
    handle: async (req) => ({ status: 200, body: await searchStaff(deps, req.ctx, accessEnvOf(deps).people, req.query) }),
  },
  {
    operationId: 'searchColleagues',
    method: 'get',
    path: '/api/colleagues',
    summary: 'Colleagues a member of staff can alert about a concern, by name, from the directory',
    tag: 'concerns',
    query: staffQuerySchema,
    success: { status: 200, description: 'Matching colleagues (id and name), the caller left out.' },
    handle: async (req) => ({ status: 200, body: await searchColleagues(deps, req.ctx, accessEnvOf(deps).people, req.query) }),
  },
];
