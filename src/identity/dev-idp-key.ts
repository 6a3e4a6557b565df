import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { readTextIfExists } from '../util/files.js';

/** Local mode only: the dev IdP's signing key. */
export interface DevSigningKey {
  kid: string;
  privateKey: CryptoKey;
  /** Public half, as published in the JWKS. */
  publicJwk: JWK;
}

export const DEV_KEY_FILE = 'dev-idp-key.json';
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi'] as const;

/**
 * Loads the key persisted in `keyDir` (creating it, mode 0600, on first use) so
 * tokens survive restarts; without `keyDir` a fresh key lives in memory only.
 */
export async function loadOrCreateDevKey(keyDir?: string): Promise<DevSigningKey> {
  if (keyDir === undefined) return fromJwk(await generateJwk());
  const file = join(keyDir, DEV_KEY_FILE);
  const existing = await readJwk(file);
  if (existing) return fromJwk(existing);
  await mkdir(keyDir, { recursive: true, mode: 0o700 });
  const jwk = await generateJwk();
  try {
    await writeFile(file, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    // Another process created it first: use theirs so both sign with one key.
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return fromJwk((await readJwk(file))!);
  }
  return fromJwk(jwk);
}

async function generateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint({ kty: 'RSA', n: jwk.n!, e: jwk.e! });
  return { ...jwk, kid, alg: 'RS256', use: 'sig' };
}

async function readJwk(file: string): Promise<JWK | undefined> {
  const text = await readTextIfExists(file);
  if (text === undefined) return undefined;
  await chmod(file, 0o600).catch(() => undefined);
  let jwk: JWK | undefined;
  try {
    jwk = JSON.parse(text) as JWK;
  } catch {
    jwk = undefined;
  }
  if (jwk?.kty !== 'RSA' || !jwk.d || !jwk.n || !jwk.kid) {
    throw new Error(`${file} is not an RSA private JWK; delete it to generate a new dev key`);
  }
  return jwk;
}

async function fromJwk(jwk: JWK): Promise<DevSigningKey> {
  const privateKey = await importJWK(jwk, 'RS256');
  if (privateKey instanceof Uint8Array) throw new Error('Dev IdP key must be an RSA key');
  const publicJwk: JWK = { ...jwk };
  for (const member of PRIVATE_MEMBERS) delete publicJwk[member];
  delete publicJwk.key_ops;
  delete publicJwk.ext;
  return { kid: jwk.kid!, privateKey, publicJwk };
}
