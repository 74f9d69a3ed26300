import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs a program in the certificates' folder (as the user who must own the files, say). */
export type RunIn = (file: string, args: string[]) => Promise<unknown>;

/**
 * A CA of a test's own and a server certificate it signs for 127.0.0.1, as an operator's CA
 * would (openssl, P-256 keys, two days): `ca.crt`, `server.crt` and `server.key` (PKCS#8, no
 * passphrase) in `dir`.
 */
export async function issueServerCertificate(
  dir: string,
  runIn: RunIn = (file, args) => run(file, args, { cwd: dir }),
): Promise<{ caFile: string; certFile: string; keyFile: string }> {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await runIn('openssl', [
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '2',
    '-subj',
    '/CN=comptoir test CA',
  ]);
  await runIn('openssl', ['req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1']);
  await writeFile(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1\n');
  await runIn('openssl', [
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.crt',
    '-days',
    '2',
    '-extfile',
    'server.ext',
  ]);
  return { caFile: join(dir, 'ca.crt'), certFile: join(dir, 'server.crt'), keyFile: join(dir, 'server.key') };
}
