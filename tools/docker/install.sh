#!/usr/bin/env bash
# The production install of one deployable into a folder, with production dependencies only:
# what tools/docker/Dockerfile's build stage runs for each image, and what
# tools/e2e/production-install.test.ts starts to prove it. Run in a checkout whose dependencies are
# installed (`pnpm install --frozen-lockfile`); it reads the checkout and writes only <out folder>
# (and the storefront's dist when its sources changed).
#   tools/docker/install.sh <deployable> <out folder>
# Deployables: router auth catalog baskets orders deliveries support storefront migrations.
set -euo pipefail
usage="usage: install.sh <router|auth|catalog|baskets|orders|deliveries|support|storefront|migrations> <out folder>"
deployable=${1:?$usage}
out=$(realpath -m "${2:?$usage}")
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

case "$deployable" in
  auth | catalog | baskets | orders | deliveries | support) package=@comptoir/$deployable ;;
  router) package=@comptoir/router ;;
  storefront) package=@comptoir/web ;;
  # tools/src/migrations.ts applies every subgraph's migrations.
  migrations) package=@comptoir/tools ;;
  *) echo "$usage" >&2; exit 2 ;;
esac

# The storefront serves its Vite build (dist/), made here as it is in development: only when stale.
if [ "$deployable" = storefront ]; then node clients/web/server/build.ts; fi

rm -rf "$out"
# The package with its production dependencies, by the lockfile, from pnpm's store. Workspace
# dependencies are injected (copied under node_modules) rather than linked to the checkout.
pnpm --filter "$package" deploy --prod --offline --config.inject-workspace-packages=true "$out"
rm -rf "$out/test"
node tools/docker/compile-deployment.ts "$out"

# The router reads the supergraph and the clients' trusted documents (SUPERGRAPH_PATH, TRUSTED_DOCUMENTS_DIR).
if [ "$deployable" = router ]; then
  mkdir -p "$out/schema"
  cp schema/supergraph.graphql "$out/schema/"
  cp -r schema/trusted-documents "$out/schema/"
fi
