export {
  accessTokenAlgorithm,
  bearerToken,
  claimsOf,
  createJwtVerifier,
  createLocalJwtVerifier,
  InvalidCredentialError,
  type JwtVerifier,
  type JwtVerifierOptions,
  jwtClaimsVerifier,
} from './jwt.ts';
