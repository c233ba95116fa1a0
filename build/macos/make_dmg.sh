#!/usr/bin/env bash
# Wrap dist/Etap.app (built by `pyinstaller installer.spec` on macOS) into dist/Etap-<version>.dmg.
# The app's --self-test runs first; set ETAP_CODESIGN_IDENTITY ("Developer ID Application: ...") to sign.
#
#   build/macos/make_dmg.sh [path/to/Etap.app]
set -euo pipefail
cd "$(dirname "$0")/../.."
app=${1:-dist/Etap.app}
[ -d "$app" ] || { echo "no $app: run pyinstaller installer.spec first" >&2; exit 1; }
version=$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$app/Contents/Info.plist")
dmg="dist/Etap-$version.dmg"

echo "== self-test of $app"
"$app/Contents/MacOS/Etap" --self-test

if [ -n "${ETAP_CODESIGN_IDENTITY:-}" ]; then
    echo "== signing with $ETAP_CODESIGN_IDENTITY"
    codesign --force --deep --options runtime --timestamp --sign "$ETAP_CODESIGN_IDENTITY" "$app"
    codesign --verify --deep --strict "$app"
fi

echo "== $dmg"
staging=$(mktemp -d -t etap-dmg)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"  # drag-to-install
rm -f "$dmg"
hdiutil create -volname "Etap $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
hdiutil verify "$dmg"
if [ -n "${ETAP_CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$ETAP_CODESIGN_IDENTITY" "$dmg"
fi
du -h "$dmg"
