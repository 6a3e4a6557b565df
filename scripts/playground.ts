/**
 * npm run playground: the Microsoft 365 Agents Playground (offline, no
 * telemetry) against the local Lantern bot, with the demo personas from
 * .m365agentsplayground.yml — you chat as `teacher` (Jo Bennett).
 * Start Lantern first with `npm start`. PORT is Lantern's port (default 3978),
 * PLAYGROUND_PORT the playground's (default 56150). TEAMSAPPTESTER_BROWSER=none
 * stops it opening a browser.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const lanternPort = process.env.PORT ?? '3978';
const playgroundPort = process.env.PLAYGROUND_PORT ?? '56150';
const lantern = `http://127.0.0.1:${lanternPort}`;

async function main() {
  const healthy = await fetch(`${lantern}/healthz`).then((r) => r.ok, () => false);
  if (!healthy) throw new Error(`Lantern is not answering on ${lantern}. Start it with \`npm start\` (or set PORT), then run this again.`);
  const child = spawn(resolve('node_modules/.bin/agentsplayground'), ['-e', `${lantern}/api/messages`, '-c', 'msteams', '-p', playgroundPort, '--dt'], {
    env: { ...process.env, M365_AGENTS_PLAYGROUND_CONFIG_PATH: resolve('.m365agentsplayground.yml') },
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let announced = false;
  child.stdout.on('data', (d: Buffer) => {
    process.stdout.write(d);
    const port = /Listening on (\d+)/.exec(String(d))?.[1];
    if (port && !announced) {
      announced = true;
      void addLanternToStaffTeam(`http://127.0.0.1:${port}`);
    }
  });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}

/**
 * Installs Lantern in the playground's team, as a school would for its staff
 * team: Lantern learns whom it can message, so alerts and DSL triage cards
 * reach the other personas' personal chats.
 */
async function addLanternToStaffTeam(playground: string) {
  try {
    const { config } = (await (await fetch(`${playground}/_internal/v1/config`)).json()) as { config: { teams: { id: string }[] } };
    const teamId = config.teams[0]!.id;
    const install = await (await fetch(`${playground}/_internal/v1/customActivities/template?conversationId=${teamId}&type=install`)).json();
    await fetch(`${playground}/_internal/v1/customActivities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(install) });
    console.log(`
Lantern playground: ${playground}
  You are Jo Bennett (teacher). Type "log concern" in the personal chat.
  Lantern was added to the staff team, so the DSLs (Alex Morgan, Sam Patel) get triage cards
  and colleagues you alert get an alert card in their own chats.
`);
  } catch (e) {
    console.error('Could not add Lantern to the playground team:', e instanceof Error ? e.message : e);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
