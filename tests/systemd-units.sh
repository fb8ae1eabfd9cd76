#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# systemd-units.sh: the units make install puts in place (systemd/) pass
# `systemd-analyze verify` without a word (a warning such as an unknown key fails too),
# with the man page they cite found; the service's command line, run as written on a
# snapshot, writes a report and exits with a status the unit counts as success; and
# verify does fail on a unit whose binary does not exist, so that a pass means something.
# The built service names the installed path; here it runs the built binary instead.
set -u
: "${top_srcdir:?}" "${top_builddir:?}" "${SPI_INSPECT:?}"
LC_ALL=C TZ=UTC SOURCE_DATE_EPOCH=1700000000
export LC_ALL TZ SOURCE_DATE_EPOCH
command -v systemd-analyze >/dev/null 2>&1 || { echo "SKIP: systemd-analyze not found (apt-get install systemd)"; exit 77; }
service="$top_builddir/systemd/spi-inspect.service" timer="$top_srcdir/systemd/spi-inspect.timer"
[ -f "$service" ] || { echo "FAIL: $service not built (make)"; exit 1; }
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok() { echo "PASS: $*"; pass=$((pass + 1)); }
ko() { echo "FAIL: $*"; fail=$((fail + 1)); }
mkdir -p "$tmp/units" "$tmp/man/man8"
ln -s "$top_srcdir/man/spi-inspect.8" "$tmp/man/man8/spi-inspect.8" # Documentation=man:spi-inspect(8)
exec_line=$(sed -n 's/^ExecStart=//p' "$service")
case $exec_line in /*/spi-inspect\ *) ok "ExecStart names the installed binary: ${exec_line%% *}" ;;
	*) ko "ExecStart is not an absolute path to spi-inspect: $exec_line" ;; esac
sed "s|^ExecStart=[^ ]*|ExecStart=$SPI_INSPECT|" "$service" >"$tmp/units/spi-inspect.service"
cp "$timer" "$tmp/units/"
if MANPATH="$tmp/man" systemd-analyze verify "$tmp/units/spi-inspect.service" "$tmp/units/spi-inspect.timer" \
	>"$tmp/verify" 2>&1 && [ ! -s "$tmp/verify" ]; then
	ok "systemd-analyze verify is silent on spi-inspect.service and spi-inspect.timer"
else
	ko "systemd-analyze verify:"; cat "$tmp/verify"
fi
sed "s|^ExecStart=[^ ]*|ExecStart=$tmp/no-such-binary|" "$service" >"$tmp/units/broken.service"
MANPATH="$tmp/man" systemd-analyze verify "$tmp/units/broken.service" >"$tmp/verify" 2>&1 &&
	ko "systemd-analyze verify accepts a unit whose binary is missing: it checks nothing" ||
	ok "systemd-analyze verify fails on a missing binary: $(head -1 "$tmp/verify")"
grep -q '^\[Install\]' "$tmp/units/spi-inspect.service" && ko "the service has an [Install] section: only the timer starts it" ||
	ok "the service has no [Install] section: the timer starts it"
grep -qx 'WantedBy=timers.target' "$timer" && ok "the timer installs into timers.target" || ko "no WantedBy=timers.target in the timer"

# The command line as the unit runs it, on a snapshot, writing into a directory of ours.
outdir=$(sed -n 's/^ReadWritePaths=//p' "$service")
success=$(sed -n 's/^SuccessExitStatus=//p' "$service")
# shellcheck disable=SC2086 # the unit's arguments, split as systemd splits them (no quotes)
set -- $(printf '%s\n' "${exec_line#* }" | sed "s|$outdir|$tmp|g")
for snap in "$top_srcdir/data/samples/tigerlake-lp.snap" "$top_srcdir/tests/snapshots/me-z790-nonroot-sysfs.snap"; do
	rm -f "$tmp/spi-inspect.prom"
	"$SPI_INSPECT" "$@" --from "$snap" 2>/dev/null
	rc=$?
	case " 0 $success " in *" $rc "*) counted=yes ;; *) counted=no ;; esac
	[ "$counted" = yes ] && grep -q "^spi_inspect_exit_code $rc\$" "$tmp/spi-inspect.prom" &&
		ok "$(basename "$snap"): the unit's command writes $outdir/spi-inspect.prom, exit $rc counts as success" ||
		ko "$(basename "$snap"): the unit's command exited $rc (success: 0 $success) or wrote no report"
done
echo "systemd-units: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
