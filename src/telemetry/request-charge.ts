import { metrics, type Histogram } from '@opentelemetry/api';

/** One Cosmos DB request and what it cost. */
export interface RequestCharge {
  operation: string;
  resource: string;
  status: number;
  /** Request units charged by Cosmos DB. */
  charge: number;
}

type Listener = (charge: RequestCharge) => void;
const listeners = new Set<Listener>();

// Created on first use, after telemetry has started (a meter taken earlier would stay a no-op).
let histogram: Histogram | undefined;
const chargeHistogram = () =>
  (histogram ??= metrics
    .getMeter('lantern')
    .createHistogram('lantern.cosmos.request_charge', { unit: '{RU}', description: 'Cosmos DB request units per request' }));

/** Records one request's charge as a metric (per operation, resource type and status) and tells any listeners. */
export function recordRequestCharge(c: RequestCharge): void {
  chargeHistogram().record(c.charge, { 'db.operation': c.operation, 'cosmos.resource': c.resource, 'http.status_code': c.status });
  for (const listener of listeners) listener(c);
}

/** Subscribe to every request charge (benchmarks, tests); returns the unsubscribe function. */
export function onRequestCharge(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
