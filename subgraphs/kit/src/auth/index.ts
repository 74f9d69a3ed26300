export {
  type AccessRequirement,
  type AccessRequirements,
  readAccessRequirements,
  withoutEnforcedSecurityPurpose,
} from './access-requirements.ts';
export { accessDirectivesPlugin, guardsNothing } from './access-rules.ts';
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
export {
  isValidRouterCredential,
  requireRouterCredential,
  requireRouterHttpCredential,
  routerCredentialHeader,
  routerCredentialMaxAgeSeconds,
  type SignedRequest,
  signedHttpRequest,
  signRouterCredential,
} from './router-credential.ts';
