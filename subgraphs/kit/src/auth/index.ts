export {
  accessTokenAlgorithm,
  bearerToken,
  claimsOf,
  createJwtVerifier,
  createLocalJwtVerifier,
  InvalidCredentialError,
  type JwtVerifier,
  type JwtVerifierOptions,
} from './jwt.ts';
