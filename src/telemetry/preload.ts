/**
 * Import this before anything else so telemetry starts before the modules it
 * instruments load: `node --import ./dist/src/telemetry/preload.js dist/src/main.js`
 * (the App Service start command); src/main.ts also imports it first.
 */
import { startTelemetry } from './start.js';

startTelemetry();
