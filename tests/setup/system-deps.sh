#!/usr/bin/env bash
# Makes sure the real readers the tests use are present: Chromium (end-to-end, PDF), poppler (pdftotext,
# pdftoppm), LibreOffice (opens DOCX and PPTX; Calc opens exported contact CSVs), Liberation fonts, and the Noto
# fonts that draw every script the plan's names may use (colour emoji; Greek, Cyrillic, Arabic; Chinese, Japanese, Korean). Installs the missing ones with apt-get
# when running as root (as on CI and the team's machines); otherwise says what to install.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui libreoffice-impress-nogui)
[ -e /usr/lib/libreoffice/program/libsclo.so ] || missing+=(libreoffice-calc-nogui)
[ -d /usr/share/fonts/truetype/liberation ] || missing+=(fonts-liberation)
[ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)
[ -e /usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf ] || missing+=(fonts-noto-core)
[ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing test readers: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "The tests need these Debian packages: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
