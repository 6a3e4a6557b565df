import { X509Certificate } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface TlsMaterial {
  key: string;
  cert: string;
}

const KEY_FILE = 'cosmos-key.pem';
const CERT_FILE = 'cosmos-cert.pem';
const VALID_DAYS = 365;
/** Regenerate a stored cert this close to expiry, so a running demo never hits it. */
const RENEW_BEFORE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A self-signed certificate for the embedded Cosmos server, valid for
 * `localhost` and `127.0.0.1`. With `dir`, it is kept there and reused.
 */
export async function loadOrCreateTls(dir?: string): Promise<TlsMaterial> {
  if (!dir) return createTls();
  const stored = await readStored(dir);
  if (stored && stillValid(stored.cert)) return stored;
  const fresh = await createTls();
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, KEY_FILE), fresh.key, { mode: 0o600 });
  await chmod(join(dir, KEY_FILE), 0o600); // writeFile's mode only applies to new files
  await writeFile(join(dir, CERT_FILE), fresh.cert);
  return fresh;
}

async function createTls(): Promise<TlsMaterial> {
  const notBeforeDate = new Date();
  const notAfterDate = new Date(notBeforeDate.getTime() + VALID_DAYS * 24 * 60 * 60 * 1000);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

async function readStored(dir: string): Promise<TlsMaterial | undefined> {
  try {
    const [key, cert] = await Promise.all([
      readFile(join(dir, KEY_FILE), 'utf8'),
      readFile(join(dir, CERT_FILE), 'utf8'),
    ]);
    return { key, cert };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function stillValid(cert: string): boolean {
  try {
    const parsed = new X509Certificate(cert);
    return new Date(parsed.validTo).getTime() - Date.now() > RENEW_BEFORE_MS;
  } catch {
    return false; // unreadable: replace it
  }
}
