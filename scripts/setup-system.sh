#!/usr/bin/env bash
# Installs the system packages Crux's end-to-end tests need, from Debian (never a browser download):
#   chromium and firefox-esr (the browsers under test), xvfb (virtual display for the headed shortcut test),
#   xdotool (real key presses), and two small font packages so screenshots are legible.
# Idempotent: installs only what is missing, and touches nothing when all is present. Runs as root, or through
# sudo when available.
set -euo pipefail

# package → a file that proves it is installed (dpkg status alone misses binaries provided another way).
declare -A PROOF=(
  [chromium]=/usr/bin/chromium
  [firefox-esr]=/usr/bin/firefox-esr
  [xvfb]=/usr/bin/Xvfb
  [xdotool]=/usr/bin/xdotool
  [fonts-dejavu-core]=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
  [fonts-liberation]=/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf
)

missing=()
for pkg in chromium firefox-esr xvfb xdotool fonts-dejavu-core fonts-liberation; do
  [[ -e "${PROOF[$pkg]}" ]] || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
  echo "setup-system: chromium, firefox-esr, xvfb, xdotool and fonts already installed"
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "setup-system: missing ${missing[*]}; run as root or install sudo" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-system: missing ${missing[*]}; this script needs apt-get (Debian or Ubuntu)" >&2
  exit 1
fi

echo "setup-system: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
