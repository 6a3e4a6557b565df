import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let started = false;

/**
 * Starts OpenTelemetry export to Application Insights when
 * APPLICATIONINSIGHTS_CONNECTION_STRING is set; otherwise does nothing.
 * Synchronous on purpose (CommonJS builds via require): it must finish before
 * the modules it instruments are evaluated. Telemetry never stops Lantern
 * starting: a failure is reported on stderr and the app runs without it.
 */
export function startTelemetry(env: Record<string, string | undefined> = process.env): boolean {
  const connectionString = env.APPLICATIONINSIGHTS_CONNECTION_STRING;
  if (started || !connectionString) return false;
  started = true;
  try {
    // Registers the ESM instrumentation hook for every module loaded after this point.
    require('@azure/monitor-opentelemetry/loader');
    const { useAzureMonitor } = require('@azure/monitor-opentelemetry') as typeof import('@azure/monitor-opentelemetry');
    useAzureMonitor({
      azureMonitorExporterOptions: { connectionString, credential: managedIdentity(env) },
      instrumentationOptions: {
        http: { enabled: true },
        azureSdk: { enabled: true },
        mongoDb: { enabled: false },
        mySql: { enabled: false },
        postgreSql: { enabled: false },
        redis: { enabled: false },
        redis4: { enabled: false },
      },
      enableLiveMetrics: false,
      enableStandardMetrics: true,
    });
    return true;
  } catch (e) {
    process.stderr.write(`Telemetry not started: ${e instanceof Error ? e.message : String(e)}\n`);
    return false;
  }
}

/** Application Insights with local auth disabled accepts only Entra tokens: use the app's managed identity. */
function managedIdentity(env: Record<string, string | undefined>) {
  if (env.APPLICATIONINSIGHTS_USE_MANAGED_IDENTITY !== 'true') return undefined;
  const { ManagedIdentityCredential } = require('@azure/identity') as typeof import('@azure/identity');
  return env.AZURE_CLIENT_ID ? new ManagedIdentityCredential({ clientId: env.AZURE_CLIENT_ID }) : new ManagedIdentityCredential();
}
