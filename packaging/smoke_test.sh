#!/usr/bin/env bash
# Smoke test of the built app (packaging/build_app.sh), headless, in a clean environment: no
# Python on PATH, a temporary user folder, logs and station homes.
#
#     bash packaging/smoke_test.sh [APP_FOLDER]        # default: dist/siaga
#
# Checks --version, the codebook, the desktop app opened, unlocked and closed offscreen (in
# English and Indonesian), a label of each script the app carries a font for (Thai, Khmer, Lao,
# Burmese) drawn with no glyph missing, a contact card's QR picture made and read back, two
# stations set up with a report filed from one to the other, the
# log file in its folder, and that nothing was written into the app's folder. Exits non-zero
# on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

app_dir="${1:-dist/siaga}"
[ -x "$app_dir/siaga" ] || { echo "smoke test: no app in $app_dir: build it with 'bash packaging/build_app.sh'" >&2; exit 1; }
app_dir="$(cd "$app_dir" && pwd)"
bin="$app_dir/siaga"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/user" "$work/tmp"
touch "$work/started"

fail() { echo "smoke test FAILED: $*" >&2; exit 1; }
pass() { echo "smoke test: ok - $*"; }
# the app with nothing from this checkout or its virtualenv around it
siaga() {
  env -i PATH=/usr/bin:/bin HOME="$work/user" TMPDIR="$work/tmp" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    SIAGA_KDF=min SIAGA_PASSPHRASE="smoke test passphrase" SIAGA_LOG_DIR="$work/logs" ${SIAGA_LANG:+SIAGA_LANG=$SIAGA_LANG} \
    "$bin" "$@"
}

out="$(siaga --version)" || fail "--version exited $?"
grep -qE '^siaga [0-9]+\.[0-9]+' <<<"$out" && grep -qE '^codebook [0-9.]+ sha256:[0-9a-f]{64}$' <<<"$out" \
  || fail "--version printed: $out"
pass "--version: $(tr '\n' ' ' <<<"$out")"

out="$(siaga codebook list)" || fail "codebook list exited $?"
grep -q 'rsit:malicious-code/infected-system' <<<"$out" && grep -q 'TLP:AMBER+STRICT' <<<"$out" \
  || fail "codebook list lacks the incident codes or the TLP labels"
out="$(siaga codebook show rsit:malicious-code/infected-system --lang id)" || fail "codebook show --lang id exited $?"
pass "codebook list ($(wc -l <<<"$out") lines for one code in Indonesian)"

for lang in en id; do
  out="$(SIAGA_LANG=$lang siaga gui --smoke-test 2>"$work/gui.err")" \
    || fail "the desktop app ($lang) did not open: $(cat "$work/gui.err")"
  err="$(cat "$work/gui.err")"
  if grep -qiE 'no translation|not compiled|error|traceback' <<<"$err"; then fail "the desktop app ($lang): $err"; fi
  pass "desktop app opened, unlocked, painted and closed offscreen ($lang)"
done
# the app carries fonts for these scripts: this clean environment has none of its own for them
grep -q 'It drew Thai, Khmer, Lao and Burmese text with no glyph missing' <<<"$out" \
  || fail "the desktop app did not draw every script: $out"
pass "Thai, Khmer, Lao and Burmese labels drawn offscreen with no glyph missing (carried Noto fonts)"

siaga init --name "Smoke duty desk" --org "CSIRT" --country ID --home "$work/jkt" >/dev/null || fail "init exited $?"
siaga init --name "Smoke peer" --org "CSIRT" --country MY --home "$work/kl" >/dev/null || fail "init (peer) exited $?"
siaga card export --out "$work/kl.card" --qr "$work/kl.png" --home "$work/kl" 2>/dev/null || fail "card export exited $?"
[ -s "$work/kl.card" ] || fail "card export wrote no card file"
# the card as a QR picture (segno), read back from it (Pillow and zxing-cpp) as a photo of it would be
siaga peer add "$work/kl.png" --home "$work/jkt" >/dev/null 2>"$work/qr.err" \
  || fail "peer add from the card's QR picture exited $?: $(cat "$work/qr.err")"
siaga peer list --home "$work/jkt" | grep -q "Smoke peer" || fail "the peer added from its QR picture is not listed"
pass "card exported as a QR picture and read back from it (segno, zxing-cpp)"
cat > "$work/draft.json" <<'JSON'
{"type": "early-warning", "code": "rsit:malicious-code/infected-system", "severity": 3, "tlp": "TLP:AMBER",
 "scope": "regional", "countries": ["ID", "MY"], "observed_at": "2026-11-24T01:30:00+07:00",
 "summary": "Smoke test report", "indicators": [{"type": "ipv4-addr", "value": "203.0.113.7"}]}
JSON
msg="$(siaga report new --from "$work/draft.json" --home "$work/jkt")" || fail "report new exited $?"
siaga outbox list --home "$work/jkt" | grep -q "${msg:0:12}" || fail "the filed report ($msg) is not in the outbox"
pass "init, peer add and report new (message ${msg:0:12})"

[ -s "$work/logs/siaga.log" ] || fail "no log file in SIAGA_LOG_DIR"
changed="$(find "$app_dir" -newer "$work/started" -print -quit)"
[ -z "$changed" ] || fail "the app wrote into its own folder: $changed"
pass "log file written to its folder; nothing written beside the executable"
echo "smoke test: passed"
