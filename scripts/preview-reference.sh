#!/usr/bin/env bash
# The main job: preview the reference topology (Pulumi.yaml at the repository root) with the
# ocs-guard policy pack, on a local file backend (no Pulumi Cloud login), then write the CI gate's
# reports (SARIF, JUnit, Markdown) for the same preview into reports/.
#
#   npm run reference                 # after npm ci
#   npm run reference -- --diff       # extra arguments go to `pulumi preview`
#
# Environment (all optional):
#   PULUMI_BACKEND_URL         default file://$HOME/.cache/ocs-guard/state
#   PULUMI_CONFIG_PASSPHRASE   default "ocs-guard" (local secrets provider; the topology holds no secrets)
#   OCS_GUARD_STACK            default "reference"
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

[ -f dist/policies/pack.js ] || { echo "preview-reference: building first (npm run build)" >&2; npm run --silent build; }

PATH="$(bash scripts/setup-pulumi.sh):$PATH"
state="${OCS_GUARD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ocs-guard}/state"
mkdir -p "$state"
export PULUMI_BACKEND_URL="${PULUMI_BACKEND_URL:-file://$state}"
export PULUMI_CONFIG_PASSPHRASE="${PULUMI_CONFIG_PASSPHRASE-ocs-guard}"
export PULUMI_SKIP_UPDATE_CHECK=true
stack="${OCS_GUARD_STACK:-reference}"

echo "preview-reference: stack '$stack' on $PULUMI_BACKEND_URL" >&2
pulumi stack select --create "$stack" --non-interactive >/dev/null
pulumi preview --policy-pack . --non-interactive --stack "$stack" "$@"

echo >&2
echo "preview-reference: writing the CI gate's reports into reports/" >&2
node dist/cli/main.js preview --out reports -- --stack "$stack" --non-interactive
