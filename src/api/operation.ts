import type { z } from 'zod';
import type { RequestContext } from '../core/usecases/context.js';
import type { FileResult } from './send-file.js';

export interface ApiRequest {
  ctx: RequestContext;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  header(name: string): string | undefined;
}

export interface ApiResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** When set, the response is this file (e.g. a CSV export) instead of JSON `body`. */
  file?: FileResult;
}

/**
 * One REST operation: its OpenAPI description and its handler. Handlers only
 * translate HTTP to a use case call and back; rules live in src/core.
 */
export interface Operation {
  operationId: string;
  method: 'get' | 'post' | 'patch' | 'put';
  /** OpenAPI-style path, e.g. /api/concerns/{id}. */
  path: string;
  summary: string;
  tag: string;
  body?: z.ZodType;
  /**
   * The body is a file's raw bytes (application/octet-stream), handed to the
   * handler as a stream rather than read as JSON under MAX_BODY_BYTES; the use
   * case enforces its own size limit while streaming.
   */
  rawBody?: { description: string };
  /** A longer deadline than OPERATION_DEADLINE_MS (e.g. an upload that streams many megabytes). */
  deadlineMs?: number;
  query?: z.ZodType;
  headers?: { name: string; required: boolean; description: string }[];
  success: { status: number; description: string };
  handle(req: ApiRequest): Promise<ApiResult>;
}
