import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Request, Router } from 'express';

const assetsPath = '/graphiql/assets';

/** Every file the page loads, served from the router's own node_modules: no CDN involved. */
function assetFiles(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
  return new Map([
    ['react.production.min.js', join(packageDir('react'), 'umd/react.production.min.js')],
    ['react-dom.production.min.js', join(packageDir('react-dom'), 'umd/react-dom.production.min.js')],
    ['graphiql.min.js', join(packageDir('graphiql'), 'graphiql.min.js')],
    ['graphiql.min.css', join(packageDir('graphiql'), 'graphiql.min.css')],
  ]);
}

// A separate file rather than an inline script, so the page's CSP can forbid inline scripts.
const startScript = `ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: location.pathname }),
    defaultEditorToolsVisibility: true,
  }),
);
`;

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Comptoir · GraphiQL</title>
    <link rel="stylesheet" href="${assetsPath}/graphiql.min.css" />
    <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script src="${assetsPath}/react.production.min.js"></script>
    <script src="${assetsPath}/react-dom.production.min.js"></script>
    <script src="${assetsPath}/graphiql.min.js"></script>
    <script src="${assetsPath}/start.js"></script>
  </body>
</html>
`;

// Scripts only from the router itself; GraphiQL needs inline styles and ships its fonts as data: URLs.
const contentSecurityPolicy =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:";

/** A browser asking for `/graphql` wants the IDE; API clients (Accept: json or any) get GraphQL. */
function wantsHtml(req: Request): boolean {
  return req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
}

/** GraphiQL on `GET /graphql` for browsers, with its assets under `/graphiql/assets/`. Development only. */
export function graphiqlRoutes(graphqlPath: string): Router {
  const assets = assetFiles();
  const router = Router();
  router.get(graphqlPath, (req, res, next) => {
    if (!wantsHtml(req)) return next();
    res.set('content-security-policy', contentSecurityPolicy).type('html').send(page);
  });
  router.get(`${assetsPath}/start.js`, (_req, res) => {
    res.type('js').send(startScript);
  });
  router.get(`${assetsPath}/:file`, (req, res, next) => {
    const file = assets.get(req.params.file);
    if (file === undefined) return next();
    // Allow-listed paths; pnpm keeps packages under node_modules/.pnpm, which send() would hide as a dotfile.
    res.sendFile(file, { maxAge: '1h', dotfiles: 'allow' });
  });
  return router;
}
