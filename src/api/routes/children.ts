import type { Deps } from '../../core/usecases/context.js';
import { getChildChronology } from '../../core/chronology/get-child-chronology.js';
import { chronologyQuerySchema } from '../../core/chronology/query.js';
import { exportChildChronology } from '../../core/chronology/export-child-chronology.js';
import { listChildren } from '../../core/usecases/list-children.js';
import type { Operation } from '../operation.js';

export const childOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'listChildren',
    method: 'get',
    path: '/api/children',
    summary: "The school's children (names and year groups; full details for DSLs and admins)",
    tag: 'children',
    success: { status: 200, description: 'Children on roll, by year group then name.' },
    handle: async (req) => ({ status: 200, body: { items: await listChildren(deps, req.ctx) } }),
  },
  {
    operationId: 'getChildChronology',
    method: 'get',
    path: '/api/children/{id}/chronology',
    summary: "A child's chronology: every entry the caller may see from concerns, triage, actions, parental decisions, referrals, transfers and subject access; filtered by kind, category, dates and text",
    tag: 'children',
    query: chronologyQuerySchema,
    success: { status: 200, description: 'The child and their chronology entries.' },
    handle: async (req) => ({ status: 200, body: await getChildChronology(deps, req.ctx, req.params.id!, req.query) }),
  },
  {
    operationId: 'exportChildChronology',
    method: 'get',
    path: '/api/children/{id}/chronology.pdf',
    summary: "The child's chronology, with the same filters, as a PDF marked OFFICIAL-SENSITIVE with page x of y (audited as an export)",
    tag: 'children',
    query: chronologyQuerySchema,
    success: { status: 200, description: 'The PDF as an attachment.' },
    async handle(req) {
      const r = await exportChildChronology(deps, req.ctx, req.params.id!, req.query);
      return { status: 200, body: undefined, file: { contentType: r.contentType, fileName: r.fileName, data: r.body } };
    },
  },
];
