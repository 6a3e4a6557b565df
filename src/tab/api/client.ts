import { messageInWords } from '../format/error-words.js';

/** A thin client for the Lantern API: bearer token, JSON, one error type. */
export interface Problem {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: Problem[] = [],
    /** The API's finer reason within the code, when it gives one (e.g. `other_tenant`). */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiResponse<T> {
  data: T;
  etag?: string;
}

/** Supplies a bearer token; `fresh` asks for a new one after a 401. */
export type TokenSource = (fresh?: boolean) => Promise<string>;

export interface ApiClient {
  get<T>(path: string, signal?: AbortSignal): Promise<ApiResponse<T>>;
  send<T>(method: 'POST' | 'PATCH' | 'PUT', path: string, body: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  /** A file (PDF, JSON export) as bytes, with the name the API gave it. */
  download(path: string): Promise<{ blob: Blob; fileName?: string }>;
  /** Sends a file's bytes (application/octet-stream), reporting progress from 0 to 1 as it goes. */
  upload<T>(path: string, file: Blob, onProgress?: (fraction: number) => void): Promise<ApiResponse<T>>;
}

export interface ApiClientOptions {
  token: TokenSource;
  /** For people with roles in several schools of a trust. */
  schoolId?: () => string | undefined;
  fetch?: typeof fetch;
}

export function createApiClient(opts: ApiClientOptions): ApiClient {
  const doFetch = opts.fetch ?? ((input, init) => fetch(input, init));
  async function call<T>(method: string, path: string, init: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal }) {
    const attempt = async (fresh: boolean) => {
      const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${await opts.token(fresh)}`, ...init.headers };
      const school = opts.schoolId?.();
      if (school) headers['lantern-school-id'] = school;
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      const body = init.body === undefined ? undefined : JSON.stringify(init.body);
      return doFetch(path, { method, headers, body, signal: init.signal, credentials: 'omit', cache: 'no-store' });
    };
    let res = await attempt(false);
    // A 401 means nothing happened (the token had expired): one retry with a fresh token is safe.
    if (res.status === 401) res = await attempt(true);
    return readResponse<T>(res);
  }
  const upload = async <T,>(path: string, file: Blob, onProgress?: (fraction: number) => void, fresh = false): Promise<ApiResponse<T>> => {
    const res = await xhrUpload(path, file, { authorization: `Bearer ${await opts.token(fresh)}`, ...schoolHeader(opts) }, onProgress);
    if (res.status === 401 && !fresh) return upload(path, file, onProgress, true);
    return readResponse<T>(res);
  };
  return {
    upload,
    get: (path, signal) => call('GET', path, { signal }),
    send: (method, path, body, headers) => call(method, path, { body, headers }),
    async download(path) {
      const send = async (fresh: boolean) => {
        const headers: Record<string, string> = { authorization: `Bearer ${await opts.token(fresh)}` };
        const school = opts.schoolId?.();
        if (school) headers['lantern-school-id'] = school;
        return doFetch(path, { method: 'GET', headers, credentials: 'omit', cache: 'no-store' });
      };
      let res = await send(false);
      if (res.status === 401) res = await send(true);
      if (!res.ok) return readResponse<never>(res).then(() => ({ blob: new Blob() }));
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1];
      return { blob: await res.blob(), ...(name ? { fileName: name } : {}) };
    },
  };
}

const schoolHeader = (opts: ApiClientOptions): Record<string, string> => {
  const school = opts.schoolId?.();
  return school ? { 'lantern-school-id': school } : {};
};

/** fetch cannot report upload progress; XMLHttpRequest can. Answers as a Response so errors read the same way. */
function xhrUpload(path: string, file: Blob, headers: Record<string, string>, onProgress?: (fraction: number) => void): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    for (const [k, v] of Object.entries({ ...headers, accept: 'application/json', 'content-type': 'application/octet-stream' })) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(e.loaded / e.total);
    xhr.onload = () => resolve(new Response(xhr.responseText || null, { status: xhr.status, headers: { etag: xhr.getResponseHeader('etag') ?? '' } }));
    xhr.onerror = () => reject(new ApiError(0, 'network', 'The file could not be sent: Lantern could not be reached. Nothing was attached.'));
    xhr.send(file);
  });
}

async function readResponse<T>(res: Response): Promise<ApiResponse<T>> {
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) throw toApiError(res.status, json);
  return { data: json as T, etag: res.headers.get('etag') ?? undefined };
}

function toApiError(status: number, json: unknown): ApiError {
  const e = (json as { error?: { code?: string; reason?: unknown; message?: string; problems?: Problem[] } } | undefined)?.error;
  const message = e?.message ? messageInWords(e.message) : `Lantern answered ${status}. Try again, or ask your Lantern admin.`;
  const reason = typeof e?.reason === 'string' ? e.reason : undefined;
  return new ApiError(status, e?.code ?? 'unknown', message, Array.isArray(e?.problems) ? e.problems : [], reason);
}

/** Query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | undefined>): string {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== '') as [string, string | number][];
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
}
