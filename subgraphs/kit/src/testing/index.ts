export { createScratchDatabase, withScratchDatabase } from './database.ts';
export { requireKafkaBrokers, testEnv, testServerUrl } from './env.ts';
export { deliverEvent, deliverEventOfVersion, type EventOfVersion, type EventToDeliver } from './events.ts';
export { postGraphQL, postGraphQLAsRouter } from './graphql.ts';
export { bodyOf, close, listen, urlOf } from './http.ts';
export {
  audience,
  issuer,
  type MintOptions,
  newSigningKey,
  signToken,
  startTokenIssuer,
  type TestClaims,
  type TestKey,
  type TokenIssuer,
  tamperedToken,
  unsignedToken,
} from './token-issuer.ts';
