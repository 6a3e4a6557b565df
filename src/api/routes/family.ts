import type { Deps } from '../../core/usecases/context.js';
import { addChildAdult } from '../../core/family/add-child-adult.js';
import { childAdultInputSchema, familyLinkInputSchema, familyLinkUpdateSchema } from '../../core/family/family-input.js';
import { getFamily } from '../../core/family/get-family.js';
import { getFamilyView } from '../../core/family/get-family-view.js';
import { linkChildren } from '../../core/family/link-children.js';
import { removeFamilyLink } from '../../core/family/remove-family-link.js';
import type { Operation } from '../operation.js';

export const familyOperations = (deps: Deps): Operation[] => [
  {
    operationId: 'getFamily',
    method: 'get',
    path: '/api/children/{id}/family',
    summary: "A child's adults with parental responsibility and, for DSLs, their siblings and household links",
    tag: 'children',
    success: { status: 200, description: 'Adults and links the caller may see.' },
    handle: async (req) => ({ status: 200, body: await getFamily(deps, req.ctx, req.params.id!) }),
  },
  {
    operationId: 'getFamilyView',
    method: 'get',
    path: '/api/children/{id}/family/open-work',
    summary: 'For DSLs: the open concerns and referrals of the children linked to this one',
    tag: 'children',
    success: { status: 200, description: 'One row per linked child.' },
    handle: async (req) => ({ status: 200, body: await getFamilyView(deps, req.ctx, req.params.id!) }),
  },
  {
    operationId: 'linkChildren',
    method: 'post',
    path: '/api/children/{id}/family-links',
    summary: 'A DSL links two children on roll as siblings or one household; linking again returns the link',
    tag: 'children',
    body: familyLinkInputSchema,
    success: { status: 201, description: 'The link.' },
    async handle(req) {
      const r = await linkChildren(deps, req.ctx, req.params.id!, req.body);
      return { status: r.created ? 201 : 200, body: { id: r.link.id, kind: r.link.kind, childIds: r.link.childIds } };
    },
  },
  {
    operationId: 'removeFamilyLink',
    method: 'patch',
    path: '/api/family-links/{id}',
    summary: 'A DSL removes a family link; it is kept in the history, marked removed',
    tag: 'children',
    body: familyLinkUpdateSchema,
    success: { status: 200, description: 'The link, removed.' },
    async handle(req) {
      const link = await removeFamilyLink(deps, req.ctx, req.params.id!, req.body);
      return { status: 200, body: { id: link.id, kind: link.kind, childIds: link.childIds, removedAt: link.removedAt } };
    },
  },
  {
    operationId: 'addChildAdult',
    method: 'post',
    path: '/api/children/{id}/adults',
    summary: "A DSL records an adult in a child's life and whether they hold parental responsibility",
    tag: 'children',
    body: childAdultInputSchema,
    success: { status: 201, description: 'The adult.' },
    async handle(req) {
      const r = await addChildAdult(deps, req.ctx, req.params.id!, req.body);
      const { id, name, relationship, parentalResponsibility, source } = r.adult;
      return { status: r.created ? 201 : 200, body: { id, name, relationship, parentalResponsibility, source } };
    },
  },
];
