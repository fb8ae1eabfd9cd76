#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Every golden snapshot's --json output (and the --regions / --me-status variants, and a
# batch of several) validates against docs/spi-inspect.schema.json; the keys wrappers rely
# on (docs/json-schema.md) are present with the right types.
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
py=/usr/bin/python3
if ! "$py" -c 'import jsonschema' 2>/dev/null; then
	echo "SKIP: python3-jsonschema is not installed (scripts/install-deps test installs it)"
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
. "$top_srcdir/tests/golden-formats.sh"
for path in $(golden_snapshots); do
	n=$((n + 1))
	for part in "" --regions --me-status; do
		# shellcheck disable=SC2086
		(cd "$top_srcdir" && "$SPI_INSPECT" --json -n $part --from "$path") >"$tmp/$n$part.json" 2>/dev/null
	done
done
(cd "$top_srcdir" && "$SPI_INSPECT" --json -n --from data/samples/tigerlake-lp.snap \
	--from tests/snapshots/ich9.snap) >"$tmp/batch.json" 2>/dev/null
"$py" - "$top_srcdir/docs/spi-inspect.schema.json" "$tmp" <<'PY'
import glob, json, os, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft202012Validator(schema)
bad = 0
files = sorted(glob.glob(os.path.join(sys.argv[2], "*.json")))
count = 0
for f in files:
    doc = json.load(open(f))
    docs = doc if isinstance(doc, list) else [doc]
    for d in docs:
        count += 1
        errors = list(validator.iter_errors(d))
        for e in errors[:5]:
            print(f"FAIL: {os.path.basename(f)}: {'/'.join(map(str, e.path))}: {e.message}")
        bad += bool(errors)
if count < 40:
    print(f"FAIL: only {count} reports were validated")
    bad += 1
print(f"json-schema: {count - bad} passed, {bad} failed")
sys.exit(1 if bad else 0)
PY
