import { createGraphApi, type GraphApiOptions } from '../../../src/identity/graph/graph-api.js';
import { createTokenSource } from '../../../src/identity/graph/token-source.js';
import { DEMO_TENANT_ID } from '../../../src/local/demo-identity.js';
import type { GraphStandIn } from '../../support/graph-stand-in.js';

/** The real Graph client and msal-node, pointed at the stand-in. */
export function graphApiFor(g: GraphStandIn, opts: Partial<GraphApiOptions> & { secret?: string } = {}) {
  const tokens = createTokenSource({
    tenantId: DEMO_TENANT_ID,
    authority: g.baseUrl,
    resource: g.baseUrl,
    credential: { kind: 'secret', clientId: g.clientId, secret: opts.secret ?? g.clientSecret },
    send: g.fetch,
  });
  return createGraphApi({ baseUrl: g.baseUrl, tokens, send: g.fetch, ...opts });
}
