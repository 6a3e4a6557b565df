/** Prints a bearer token for a demo persona from the running local instance: npm run dev-token -- <persona>. */
const persona = process.argv[2];
const port = process.env.PORT ?? '3978';

async function main() {
  if (!persona) throw new Error('Usage: npm run dev-token -- <persona>   (dsl, deputy, teacher, teacher2, senco, admin, outsider)');
  const res = await fetch(`http://127.0.0.1:${port}/dev-idp/token?persona=${encodeURIComponent(persona)}`).catch(() => {
    throw new Error(`Lantern is not answering on port ${port}. Start it with npm start (or set PORT).`);
  });
  const body = (await res.json()) as { token?: string; error?: { message: string } };
  if (!res.ok || !body.token) throw new Error(body.error?.message ?? `Unexpected answer ${res.status}`);
  process.stdout.write(`${body.token}\n`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
