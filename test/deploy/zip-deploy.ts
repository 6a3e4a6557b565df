import { createWriteStream } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import yauzl from 'yauzl';
import { ZipFile } from 'yazl';

/**
 * The Agents Toolkit's `azureAppService/zipDeploy`, as it builds the zip: the
 * `ignore` package loaded with the Toolkit's own temporary folder and each
 * trimmed line of `ignoreFile`; a walk of `artifactFolder` that tests every
 * file and folder by its path relative to the folder (a folder without a
 * trailing slash) and does not enter an ignored folder.
 */
export async function toolkitIgnore(ignoreFile: string): Promise<Ignore> {
  const ig = ignore().add('.deployment');
  for (const line of (await readFile(ignoreFile, 'utf8')).split('\n')) ig.add(line.trim());
  return ig;
}

/**
 * Files the zip would hold, as `zip path → file on disk`. `overlay` serves a
 * top-level folder from elsewhere (a build in a temporary folder), so a test
 * need not overwrite the working copy's own build.
 */
export async function zipDeployFiles(root: string, ig: Ignore, overlay: Record<string, string> = {}): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  async function walk(dir: string, prefix: string) {
    const names = (await readdir(dir)).concat(prefix === '' ? Object.keys(overlay) : []);
    for (const name of new Set(names)) {
      const path = prefix ? `${prefix}/${name}` : name;
      if (ig.test(path).ignored) continue;
      const real = prefix === '' && overlay[name] ? overlay[name]! : join(dir, name);
      const stats = await lstat(real);
      if (stats.isDirectory()) await walk(real, path);
      else if (stats.isFile()) files.set(path, real);
    }
  }
  await walk(root, '');
  return files;
}

/** Writes the zip and returns the names inside it, read back from the written file. */
export async function writeZip(files: Map<string, string>, out: string): Promise<string[]> {
  const zip = new ZipFile();
  for (const [path, real] of files) zip.addFile(real, path);
  zip.end();
  await new Promise<void>((resolve, reject) => zip.outputStream.pipe(createWriteStream(out)).on('close', resolve).on('error', reject));
  return new Promise((resolve, reject) => {
    yauzl.open(out, { lazyEntries: true }, (err, file) => {
      if (err) return reject(err);
      const names: string[] = [];
      file.on('entry', (e: yauzl.Entry) => (names.push(e.fileName), file.readEntry()));
      file.on('end', () => resolve(names));
      file.readEntry();
    });
  });
}
