import type { ServicesBuilder } from '@comptoir/kit';
import { imageConfig } from './domain/images/image-config.ts';
import { imageRoutes } from './domain/images/image-routes.ts';

/** Catalog's image storage (IMAGE_STORAGE) and the routes that serve and take images. */
export const catalogServices: ServicesBuilder<undefined> = async ({ rawEnv, env, orm }) => {
  const { storage, limits } = imageConfig(rawEnv);
  return {
    services: undefined,
    routes: (app, _origin, verifyClaims) =>
      imageRoutes(app, { storage, limits, routerSecrets: env.ROUTER_SUBGRAPH_SECRET, verifyClaims, orm }),
  };
};
