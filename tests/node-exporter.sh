#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# node-exporter.sh: the real node_exporter (Debian package prometheus-node-exporter) reads
# what --prometheus --output writes. It runs on 127.0.0.1 on a free port with only the
# textfile collector, over a temporary directory; for each of a few snapshots in turn the
# tool replaces spi-inspect.prom there, and a scrape with curl must show
# node_textfile_scrape_error 0 and exactly the file's samples. Then a deliberately broken file must flip the error to 1
# (the check can fail) while the good files still export. The exporter is stopped by its
# PID, also when the test is interrupted. Set KEEP_SCRAPE=FILE to keep the good scrape.
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
SOURCE_DATE_EPOCH=1700000000 LC_ALL=C TZ=UTC
export SOURCE_DATE_EPOCH LC_ALL TZ
exporter=$(command -v prometheus-node-exporter || command -v node_exporter) ||
	{ echo "SKIP: prometheus-node-exporter not found (apt-get install prometheus-node-exporter)"; exit 77; }
command -v curl >/dev/null 2>&1 || { echo "SKIP: curl not found (apt-get install curl)"; exit 77; }
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 not found, needed to find a free port"; exit 77; }
pass=0 fail=0 pid=
tmp=$(mktemp -d)
stop() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; pid=; }
trap 'stop; rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP
ok() { echo "PASS: $*"; pass=$((pass + 1)); }
ko() { echo "FAIL: $*"; fail=$((fail + 1)); }
mkdir "$tmp/textfile"
prom="$tmp/textfile/spi-inspect.prom"
# Machines as the snapshots recorded them; each in turn replaces spi-inspect.prom through
# --output while the exporter runs, as the timer does on one machine day after day.
snaps="data/samples/tigerlake-lp.snap tests/snapshots/ich7.snap tests/snapshots/pch600.snap
	tests/snapshots/me-z790-nonroot-sysfs.snap"

# A port the kernel says is free; the exporter may still lose a race for it, then we retry.
start() {
	for try in 1 2 3; do
		port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
		"$exporter" --web.listen-address="127.0.0.1:$port" --collector.disable-defaults \
			--collector.textfile --collector.textfile.directory="$tmp/textfile" \
			>"$tmp/exporter.log" 2>&1 &
		pid=$!
		for wait in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
			curl -sf "http://127.0.0.1:$port/metrics" >/dev/null 2>&1 && return 0
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.5
		done
		stop
	done
	echo "FAIL: node_exporter did not start:"; cat "$tmp/exporter.log"; exit 1
}
scrape() { curl -sf "http://127.0.0.1:$port/metrics" >"$1" || ko "scrape of 127.0.0.1:$port failed"; }
start
for snap in $snaps; do
	name=$(basename "$snap" .snap)
	(cd "$top_srcdir" && "$SPI_INSPECT" --prometheus --from "$snap" --output "$prom") 2>/dev/null
	scrape "$tmp/scrape"
	grep -qx 'node_textfile_scrape_error 0' "$tmp/scrape" && ok "$name: node_textfile_scrape_error 0" ||
		{ ko "$name: node_textfile_scrape_error is not 0:"; grep '^node_textfile' "$tmp/scrape"; cat "$tmp/exporter.log"; }
	grep -q "^node_textfile_mtime_seconds{file=\"\(.*/\)\{0,1\}spi-inspect.prom\"}" "$tmp/scrape" &&
		ok "$name: node_textfile_mtime_seconds names spi-inspect.prom" ||
		ko "$name: no node_textfile_mtime_seconds for spi-inspect.prom"
	# The scrape holds exactly the file's samples: node_exporter sorts the labels, writes
	# values as floats (1.7e+09) and gives every sample of a family all the family's label
	# names, empty where a sample has none (to Prometheus an empty label is no label), so
	# both are compared as (name, non-empty labels, value).
	if cmp=$(python3 - "$prom" "$tmp/scrape" <<'PY'
import re, sys
sample = re.compile(r'^(spi_inspect_\w+)(?:\{(.*)\})? (\S+)$')
label = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')
def series(path):
    out = set()
    for line in open(path, encoding="utf-8"):
        m = sample.match(line.rstrip("\n"))
        if m:
            out.add((m[1], tuple(sorted(l for l in label.findall(m[2] or "") if l[1])), float(m[3])))
    return out
want, got = series(sys.argv[1]), series(sys.argv[2])
for s in sorted(want - got)[:5]: print("  missing:", s)
for s in sorted(got - want)[:5]: print("  extra:", s)
print(len(want))
sys.exit(want != got)
PY
	); then
		ok "$name: the scrape has exactly the file's $cmp samples"
	else
		ko "$name: the scrape differs from the file:"; echo "$cmp"
	fi
	[ "$name" = tigerlake-lp ] && [ -n "${KEEP_SCRAPE:-}" ] && grep 'spi_inspect_' "$tmp/scrape" >"$KEEP_SCRAPE"
done

# A file with a timestamp on its sample, which the textfile collector refuses.
printf 'spi_inspect_broken 1 1700000000000\n' >"$tmp/textfile/broken.prom"
scrape "$tmp/scrape2"
grep -qx 'node_textfile_scrape_error 1' "$tmp/scrape2" && ok "a broken file flips node_textfile_scrape_error to 1" ||
	ko "node_textfile_scrape_error is not 1 with a broken file"
grep -q '^spi_inspect_info{' "$tmp/scrape2" && ok "the good file still exports beside the broken one" ||
	ko "the good file vanished with the broken one"
stop
echo "node-exporter: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
