import { z } from 'zod';
import type { Operation } from './operation.js';

const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'correlationId'],
      properties: {
        code: { type: 'string' },
        reason: { type: 'string', description: 'A finer, stable reason within the code, when a client can act on it: other_tenant, school_not_set_up, no_lantern_role' },
        message: { type: 'string' },
        correlationId: { type: 'string' },
        problems: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
      },
    },
  },
};

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any' });

function queryParameters(op: Operation) {
  if (!op.query) return [];
  const schema = jsonSchema(op.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: s,
  }));
}

function describe(op: Operation) {
  const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
  const headers = (op.headers ?? []).map((h) => ({ name: h.name, in: 'header', required: h.required, description: h.description, schema: { type: 'string' } }));
  return {
    operationId: op.operationId,
    summary: op.summary,
    tags: [op.tag],
    security: [{ entra: ['access_as_user'] }],
    parameters: [...pathParams, ...queryParameters(op), ...headers],
    ...(op.rawBody ? { requestBody: { required: true, description: op.rawBody.description, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } } : {}),
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } } : {}),
    responses: {
      [op.success.status]: { description: op.success.description },
      '401': errorResponse('Missing or invalid token'),
      '403': errorResponse('Signed in but not allowed'),
      '404': errorResponse('Not found, or not yours to see'),
      '422': errorResponse('Input is not valid; problems say what to fix'),
      '503': errorResponse('Store unavailable; retry after Retry-After seconds'),
    },
  };
}

/** OpenAPI 3.1 generated from the same zod schemas the use cases validate with. */
export function buildOpenApi(operations: Operation[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = describe(op);
  return {
    openapi: '3.1.0',
    info: { title: 'Lantern API', version, description: 'Safeguarding concerns for schools, inside Microsoft Teams.' },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: { entra: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Entra ID v2 access token (Teams SSO)' } },
    },
  };
}
