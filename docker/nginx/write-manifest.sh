#!/bin/sh
# Where the shell finds the step apps: written at container start from the
# environment, so one image serves any host names (STEP_*_URL).
set -eu
cat > /usr/share/nginx/html/shell/federation.manifest.json <<JSON
{
  "koploper": "${STEP_KOPLOPER_URL:-http://localhost:8081}/remoteEntry.json",
  "masterclass": "${STEP_MASTERCLASS_URL:-http://localhost:8082}/remoteEntry.json",
  "chain": "${STEP_CHAIN_URL:-http://localhost:8083}/remoteEntry.json"
}
JSON
echo "federation manifest: $(cat /usr/share/nginx/html/shell/federation.manifest.json | tr -d '\n ')"
