import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { accessTokenAlgorithm } from '@comptoir/kit/auth';
import { ConfigError } from '@comptoir/kit/config';
import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair, importPKCS8, type JWK } from 'jose';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  /** The public half, as published in the JWKS. */
  publicJwk: JWK;
}

export interface SigningKeySource {
  /** PKCS#8 PEM of an Ed25519 private key. */
  AUTH_SIGNING_KEY?: string | undefined;
  /** File holding that PEM; outside production it is created when missing. */
  AUTH_SIGNING_KEY_FILE?: string | undefined;
  NODE_ENV?: string | undefined;
}

/**
 * The access-token signing key. Production must provide one (env or file); elsewhere a missing
 * file is generated and kept (the embedded default keeps it in its data folder), and with no file
 * at all the key lives as long as the process.
 */
export async function loadSigningKey(source: SigningKeySource): Promise<{ key: SigningKey; origin: string }> {
  if (source.AUTH_SIGNING_KEY)
    return { key: await signingKeyFromPem(source.AUTH_SIGNING_KEY, 'AUTH_SIGNING_KEY'), origin: 'AUTH_SIGNING_KEY' };
  const file = source.AUTH_SIGNING_KEY_FILE;
  if (file && existsSync(file)) {
    return {
      key: await signingKeyFromPem(await readFile(file, 'utf8'), `AUTH_SIGNING_KEY_FILE (${file})`),
      origin: file,
    };
  }
  if (source.NODE_ENV === 'production') {
    throw new ConfigError(
      file
        ? `AUTH_SIGNING_KEY_FILE=${file} does not exist`
        : 'AUTH_SIGNING_KEY or AUTH_SIGNING_KEY_FILE is required in production',
    );
  }
  const { privateKey } = await generateKeyPair(accessTokenAlgorithm, { crv: 'Ed25519', extractable: true });
  const pem = await exportPKCS8(privateKey);
  if (file) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, pem, { mode: 0o600 });
  }
  return { key: await signingKeyFromPem(pem, 'generated key'), origin: file ?? 'generated for this process' };
}

async function signingKeyFromPem(pem: string, origin: string): Promise<SigningKey> {
  let privateKey: CryptoKey;
  try {
    privateKey = await importPKCS8(pem, accessTokenAlgorithm, { extractable: true });
  } catch (error) {
    throw new ConfigError(`${origin} is not a PKCS#8 Ed25519 private key: ${(error as Error).message}`);
  }
  const { d: _private, ...publicJwk } = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return { kid, privateKey, publicJwk: { ...publicJwk, kid, alg: accessTokenAlgorithm, use: 'sig' } };
}
