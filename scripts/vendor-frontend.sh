#!/usr/bin/env bash
# Installs the pinned NL Design System packages (package-lock.json) and copies the CSS the app serves
# into src/OmgekeerdHandhaven.Web/wwwroot/lib. Safe to run repeatedly; skips npm when nothing changed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lib="$root/src/OmgekeerdHandhaven.Web/wwwroot/lib/utrecht"
stamp="$lib/.package-lock.sha256"
sum="$(sha256sum "$root/package-lock.json" | cut -d' ' -f1)"

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ]; then
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "npm ontbreekt; installeren met apt…"
  apt-get install -y nodejs npm >/dev/null
fi

cd "$root"
npm ci --no-audit --no-fund --loglevel=error
mkdir -p "$lib"
cp node_modules/@utrecht/component-library-css/dist/index.css "$lib/component-library.css"
cp node_modules/@utrecht/design-tokens/dist/index.css "$lib/design-tokens.css"
cp node_modules/@utrecht/component-library-css/LICENSE.md "$lib/LICENSE.md" 2>/dev/null || true
echo "$sum" > "$stamp"
echo "NL Design System CSS geplaatst in wwwroot/lib/utrecht."
