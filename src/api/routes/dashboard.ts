import type { Deps } from '../../core/usecases/context.js';
import { dashboardQuerySchema, getDashboard } from '../../core/usecases/get-dashboard.js';
import { getMe } from '../../core/usecases/get-me.js';
import { listMyConcerns, myConcernsQuerySchema } from '../../core/usecases/list-my-concerns.js';
import type { Operation } from '../operation.js';

/** What the tab needs beyond the record operations: who am I, the DSL home, my own concerns. */
export const dashboardOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'getMe',
    method: 'get',
    path: '/api/me',
    summary: 'The caller in this school: name, roles, categories in use, and which parts of Lantern to offer',
    tag: 'tab',
    success: { status: 200, description: 'The caller and their abilities.' },
    handle: async (req) => ({ status: 200, body: getMe(req.ctx) }),
  },
  {
    operationId: 'getDashboard',
    method: 'get',
    path: '/api/dashboard',
    summary: 'DSL home: triage queue, actions overdue and due soon, counts by category (week/term/year), pattern flags',
    tag: 'tab',
    query: dashboardQuerySchema,
    success: { status: 200, description: 'The dashboard, read from open work and bounded windows only.' },
    handle: async (req) => ({ status: 200, body: await getDashboard(deps, req.ctx, req.query) }),
  },
  {
    operationId: 'listMyConcerns',
    method: 'get',
    path: '/api/me/concerns',
    summary: 'Concerns the caller logged or was alerted to, newest first, with status',
    tag: 'tab',
    query: myConcernsQuerySchema,
    success: { status: 200, description: 'A page of the caller\'s own concerns and a cursor for the next page.' },
    handle: async (req) => ({ status: 200, body: await listMyConcerns(deps, req.ctx, req.query) }),
  },
];
