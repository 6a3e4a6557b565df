import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * MSAL's network calls (OpenID metadata, token requests) over `fetch`, so
 * token acquisition and Graph calls share one transport, and tests can point
 * both at a local stand-in that trusts a test certificate.
 */
export function fetchNetworkModule(send: typeof fetch, timeoutMs = DEFAULT_TIMEOUT_MS): INetworkModule {
  const call = async <T>(method: 'GET' | 'POST', url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> => {
    const res = await send(url, {
      method,
      headers: options?.headers,
      body: method === 'POST' ? options?.body : undefined,
      signal: AbortSignal.timeout(timeout ?? timeoutMs),
    });
    const text = await res.text();
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
    return { status: res.status, headers, body: parseBody<T>(text) };
  };
  return {
    sendGetRequestAsync: (url, options, timeout) => call('GET', url, options, timeout),
    sendPostRequestAsync: (url, options) => call('POST', url, options),
  };
}

function parseBody<T>(text: string): T {
  try {
    return (text ? JSON.parse(text) : {}) as T;
  } catch {
    return {} as T;
  }
}
