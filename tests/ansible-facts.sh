#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# ansible-facts.sh: Ansible itself (Debian package ansible-core) runs
# contrib/ansible/spi_inspect.fact from a facts.d directory and shows
# ansible_local.spi_inspect with the keys of the JSON report, for a snapshot; and, when
# spi-inspect cannot make a report, an "error" object rather than Ansible's "error
# loading fact". Hermetic: HOME and Ansible's temporary directories under a temporary
# directory, an empty configuration, no inventory, no colours, C locale; no network.
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
command -v ansible >/dev/null 2>&1 || { echo "SKIP: ansible not found (apt-get install ansible-core)"; exit 77; }
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 not found, needed to read the facts"; exit 77; }
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok() { echo "PASS: $*"; pass=$((pass + 1)); }
ko() { echo "FAIL: $*"; fail=$((fail + 1)); }
mkdir "$tmp/home" "$tmp/facts.d" "$tmp/ansible-tmp"
: >"$tmp/ansible.cfg"
cp "$top_srcdir/contrib/ansible/spi_inspect.fact" "$tmp/facts.d/"
HOME="$tmp/home" LC_ALL=C.UTF-8 TZ=UTC SOURCE_DATE_EPOCH=1700000000
ANSIBLE_CONFIG="$tmp/ansible.cfg" ANSIBLE_LOCAL_TEMP="$tmp/ansible-tmp" ANSIBLE_REMOTE_TEMP="$tmp/ansible-tmp"
ANSIBLE_NOCOLOR=1 ANSIBLE_FORCE_COLOR=0 ANSIBLE_PYTHON_INTERPRETER=auto_silent
ANSIBLE_LOCALHOST_WARNING=0 ANSIBLE_INVENTORY_UNPARSED_WARNING=0 ANSIBLE_DEPRECATION_WARNINGS=0
ANSIBLE_RETRY_FILES_ENABLED=0
export HOME LC_ALL TZ SOURCE_DATE_EPOCH ANSIBLE_CONFIG ANSIBLE_LOCAL_TEMP ANSIBLE_REMOTE_TEMP \
	ANSIBLE_NOCOLOR ANSIBLE_FORCE_COLOR ANSIBLE_PYTHON_INTERPRETER ANSIBLE_LOCALHOST_WARNING \
	ANSIBLE_INVENTORY_UNPARSED_WARNING ANSIBLE_DEPRECATION_WARNINGS \
	ANSIBLE_RETRY_FILES_ENABLED
unset ANSIBLE_INVENTORY ANSIBLE_LIBRARY ANSIBLE_ROLES_PATH
export SPI_INSPECT # the fact script runs the built binary, with these arguments:
facts() { # facts OUT: the setup module's answer for ansible_local
	SPI_INSPECT_FACT_ARGS="$1" ansible localhost -c local -m setup \
		-a "filter=ansible_local fact_path=$tmp/facts.d" >"$2" 2>"$2.err"
}
# check NAME OUT PYTHON: the facts of OUT, as seen by the Python expression over f
# (ansible_local.spi_inspect) and r (the JSON report), which prints what is wrong
check() {
	if python3 - "$2" "$tmp/report.json" <<PY >"$tmp/why" 2>&1; then ok "$1"; else ko "$1:"; cat "$tmp/why" "$2.err"; head -c 2000 "$2"; fi
import json, sys
# ad-hoc output: "localhost | SUCCESS => {JSON}"
out = open(sys.argv[1]).read()
head, sep, body = out.partition(" => ")
assert head.strip() == "localhost | SUCCESS", out[:300]
f = json.loads(body)["ansible_facts"]["ansible_local"]["spi_inspect"]
r = json.load(open(sys.argv[2])) if open(sys.argv[2]).read().strip() else None
$3
PY
}
snap="$top_srcdir/data/samples/tigerlake-lp.snap"
"$SPI_INSPECT" --json --from "$snap" >"$tmp/report.json"
facts "--from $snap" "$tmp/good.json"
check "ansible_local.spi_inspect has exactly the JSON report's keys" "$tmp/good.json" '
assert isinstance(f, dict), "not an object: %r" % (f,)
assert sorted(f) == sorted(r), "keys %s, the report has %s" % (sorted(f), sorted(r))
assert f["schema"] == r["schema"] and f["chipset"]["family"] == r["chipset"]["family"], "values differ"
print("keys:", " ".join(sorted(f)))'
check "a playbook reads ansible_local.spi_inspect.verdict.bios_write as the report says" "$tmp/good.json" '
assert f["verdict"]["bios_write"] == r["verdict"]["bios_write"], f["verdict"]'
: >"$tmp/report.json"
facts "--from $tmp/no-such.snap" "$tmp/bad.json"
check "no report: ansible_local.spi_inspect.error has the exit code 4 and the message" "$tmp/bad.json" '
assert f["error"]["exit_code"] == 4, f
assert "no-such.snap" in f["error"]["message"], f'
echo "ansible-facts: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
