#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# deb.sh: the Debian package (debian/). In a fresh git clone of this tree (its committed
# state) `dpkg-buildpackage -us -uc -b` builds it (DEB_BUILD_OPTIONS=nocheck: make check
# is the rest of the suite); lintian --fail-on error,warning is silent on it; unpacked with
# dpkg -x, the packaged binary says its version and replays the packaged sample; the
# units and the Ansible facts script are in it. As root in CI (CI=true), it is also
# installed with dpkg -i, used from /usr, and purged again (unless it was installed
# before). Slow (minutes): run by make check-deb, which scripts/test runs as a stage.
set -u
: "${top_srcdir:?}"
LC_ALL=C TZ=UTC
export LC_ALL TZ
for tool in dpkg-buildpackage lintian git fakeroot; do
	command -v "$tool" >/dev/null 2>&1 ||
		{ echo "SKIP: $tool not found (apt-get install devscripts debhelper lintian git fakeroot)"; exit 77; }
done
git -C "$top_srcdir" rev-parse --git-dir >/dev/null 2>&1 ||
	{ echo "SKIP: $top_srcdir is not a git checkout: the package is built from a clean clone"; exit 77; }
pass=0 fail=0
tmp=$(mktemp -d)
installed_here=false
cleanup() {
	$installed_here && dpkg --purge spi-inspect >/dev/null 2>&1
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP
ok() { echo "PASS: $*"; pass=$((pass + 1)); }
ko() { echo "FAIL: $*"; fail=$((fail + 1)); }
[ -z "$(git -C "$top_srcdir" status --porcelain --untracked-files=no)" ] ||
	echo "note: $top_srcdir has uncommitted changes; the package is built from HEAD"
git clone -q "$top_srcdir" "$tmp/src" || { echo "FAIL: git clone $top_srcdir"; exit 1; }
start=$(date +%s)
if (cd "$tmp/src" && DEB_BUILD_OPTIONS=nocheck dpkg-buildpackage -us -uc -b) >"$tmp/build.log" 2>&1; then
	ok "dpkg-buildpackage -us -uc -b in a clean clone ($(($(date +%s) - start)) s)"
else
	ko "dpkg-buildpackage:"; tail -30 "$tmp/build.log"; exit 1
fi
deb=$(ls "$tmp"/spi-inspect_*.deb)
changes=$(ls "$tmp"/spi-inspect_*.changes)
if lintian --fail-on error,warning "$changes" >"$tmp/lintian" 2>&1 && ! grep -q '^[EW]: ' "$tmp/lintian"; then
	ok "lintian --fail-on error,warning: no error, no warning$(grep -c '^[IP]: ' "$tmp/lintian" | sed 's/^0$//; s/^./ (& info or pedantic)/')"
else
	ko "lintian:"; cat "$tmp/lintian"
fi
dpkg -c "$deb" >"$tmp/contents"
for f in "s*bin/spi-inspect" share/man/man8/spi-inspect.8.gz systemd/system/spi-inspect.service \
	systemd/system/spi-inspect.timer share/doc/spi-inspect/README.md.gz \
	share/spi-inspect/ansible/spi_inspect.fact share/spi-inspect/samples/tigerlake-lp.snap; do
	grep -q "/$f\$" "$tmp/contents" && ok "the package has .../$f" || ko "the package lacks .../$f"
done
# dh_installsystemd --no-enable --no-start: postinst enables the timer only where it was
# installed and enabled before (debian-installed), and starts nothing.
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./postinst >"$tmp/postinst" 2>/dev/null
grep -q "deb-systemd-helper debian-installed 'spi-inspect.timer'" "$tmp/postinst" &&
	! grep -q 'deb-systemd-invoke' "$tmp/postinst" &&
	ok "postinst neither enables nor starts the timer on a first install" ||
	{ ko "postinst enables or starts the timer:"; cat "$tmp/postinst"; }
dpkg -x "$deb" "$tmp/root"
bin=$(find "$tmp/root" -path '*bin/spi-inspect' -type f)
"$bin" --version | grep -qx "spi-inspect [0-9.]*" && ok "dpkg -x: $("$bin" --version)" || ko "dpkg -x: --version"
sample=$(find "$tmp/root" -name tigerlake-lp.snap)
"$bin" --json --from "$sample" | grep -q '"family": "pch500"' && ok "dpkg -x: the packaged binary replays the packaged sample" ||
	ko "dpkg -x: --from the packaged sample"

if [ "${CI:-}" = true ] && [ "$(id -u)" = 0 ]; then
	if dpkg-query -W -f='${Status}' spi-inspect 2>/dev/null | grep -q 'install ok installed'; then
		echo "note: spi-inspect is already installed: dpkg -i upgrades it and leaves it installed"
	else
		installed_here=true
	fi
	if dpkg -i "$deb" >"$tmp/dpkg.log" 2>&1; then
		ok "dpkg -i $(basename "$deb")"
		spi-inspect --version >/dev/null && spi-inspect --from /usr/share/spi-inspect/samples/tigerlake-lp.snap >/dev/null &&
			ok "installed: spi-inspect --version, and --from the installed sample" || ko "installed: spi-inspect fails"
		ls /lib/systemd/system/spi-inspect.timer /lib/systemd/system/spi-inspect.service >/dev/null 2>&1 &&
			[ ! -e /etc/systemd/system/timers.target.wants/spi-inspect.timer ] &&
			ok "installed: the units are in /lib/systemd/system, the timer not enabled" ||
			ko "installed: units missing, or the timer enabled"
	else
		ko "dpkg -i:"; cat "$tmp/dpkg.log"
	fi
else
	echo "note: dpkg -i into this system only as root with CI=true (it changes the system)"
fi
echo "deb: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
