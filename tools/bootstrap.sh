# Sourced by start.sh and test.sh: puts Node >= 22.17 and pnpm on PATH, then installs the
# workspace. Needs only the machine's npm (any Node): Node 24 comes from the npm registry's
# `node` package into .tools/, so a machine with an older Node works unchanged.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
local_tools="$repo_root/.tools"
node_version=24
pnpm_version=$(sed -n 's/.*"packageManager": "pnpm@\([0-9.]*\)".*/\1/p' "$repo_root/package.json")

export PATH="$local_tools/node_modules/.bin:$PATH"

if ! [ -x "$local_tools/node_modules/.bin/node" ] || [ "$(pnpm --version 2>/dev/null)" != "$pnpm_version" ]; then
  echo "bootstrap: installing Node $node_version and pnpm $pnpm_version into .tools/"
  npm install --prefix "$local_tools" --no-audit --no-fund --loglevel=error "node@$node_version" "pnpm@$pnpm_version" >/dev/null
fi

cd "$repo_root"
pnpm install --frozen-lockfile --reporter=silent
