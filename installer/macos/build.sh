#!/usr/bin/env bash
# Build Agencia.app in a .dmg: run on macOS 13+ with Python 3.11 (python.org build) and
# Xcode's command-line tools. NOT tried: this project's machines run Linux only.
# The same installer/agencia.spec makes dist/agencia/; this wraps it as an app bundle whose
# main program is agencia-gui (the window), with agencia beside it for the command line.
set -euo pipefail
ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd -P)"
"$ROOT/installer/build" --no-deb --test
version="$("$ROOT/dist/agencia/agencia" --version | awk '{print $2}')"
app="$ROOT/dist/Agencia.app"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp -a "$ROOT/dist/agencia/." "$app/Contents/MacOS/"
sed "s/@VERSION@/$version/" "$ROOT/installer/macos/Info.plist.in" > "$app/Contents/Info.plist"
icons="$(mktemp -d)"
iconset="$icons/agencia.iconset"
mkdir -p "$iconset"
# The same renderer as the Debian package's icons (sips cannot read SVG).
QT_QPA_PLATFORM=offscreen "$ROOT/build/installer/venv/bin/python" \
    "$ROOT/installer/linux/render_icons.py" "$ROOT/resources/icons/agencia.svg" "$icons"
for size in 16 32 128 256 512; do
    cp "$icons/${size}x${size}/apps/agencia.png" "$iconset/icon_${size}x${size}.png"
done
iconutil -c icns "$iconset" -o "$app/Contents/Resources/agencia.icns"
codesign --force --deep --sign "${CODESIGN_IDENTITY:--}" "$app"
hdiutil create -volname Agencia -srcfolder "$app" -ov -format UDZO \
    "$ROOT/dist/Agencia-$version.dmg"
