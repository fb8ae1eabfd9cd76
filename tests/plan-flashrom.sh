#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The flash plan against the real flashrom (Debian 12's 1.3.0, dummy programmer): for each
# case, chip-size images are written by tests/make-plan-image.py, spi-inspect --json plans
# them against tests/snapshots/plan-pch500.snap (its FREGs are the chip image's layout) and
# the chip image as --backup, and every planned command is run with
# -p dummy:emulate=W25Q128FV,image=COPY on a copy of the chip image. What flashrom does
# (exit code, its message, the bytes that change) must be what the plan predicted:
#   works        exit 0, the image's bytes in the regions or areas named
#   fails        exit non-zero, flashrom's message as predicted, the chip unchanged
#   wrong_bytes  exit 0, and the predicted range still holds the chip's old bytes
# The recommended sequence is run step by step; the backup command must read the chip.
# The dummy programmer emulates no Intel locks: predictions resting on FREG access, PRs,
# BIOS_CNTL and BBAR are not checked here (docs/findings.md says which rest on sources).
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
command -v flashrom >/dev/null 2>&1 || { echo "SKIP: flashrom is not installed (scripts/install-deps test)"; exit 77; }
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 is not installed"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
mk="python3 $top_srcdir/tests/make-plan-image.py"
std="fd=0-0xfff me=0x1000-0x4fffff bios=0x500000-0xffffff"
vb="fmap=0x500000 area=WP_RO:0x500000:0x100000:ro area=GBB:0x510000:0x1000 area=RW_SECTION_A:0x600000:0x200000 area=RW_SECTION_B:0x800000:0x200000 area=COREBOOT:0xa00000:0x600000"
# shellcheck disable=SC2086
{
	$mk chip.rom 16M $std $vb seed=1
	$mk same.rom 16M $std $vb seed=2
	$mk moved.rom 16M fd=0-0xfff me=0x1000-0x2fffff bios=0x300000-0xffffff seed=3
	$mk small.rom 8M fd=0-0xfff me=0x1000-0x2fffff bios=0x300000-0x7fffff seed=4
	$mk chip-nofmap.rom 16M $std seed=5
	$mk chip-no-b.rom 16M $std fmap=0x500000 area=WP_RO:0x500000:0x100000:ro area=RW_SECTION_A:0x600000:0x200000 seed=8
	$mk nested.rom 16M $std fmap=0x500000 area=WP_RO:0x500000:0x600000:ro area=RW_SECTION_A:0x600000:0x200000 area=RW_SECTION_B:0xb00000:0x200000 seed=6
} || { echo "FAIL: tests/make-plan-image.py"; exit 1; }
export SNAP="$top_srcdir/tests/snapshots/plan-pch500.snap"
python3 - "$SPI_INSPECT" <<'PY'
import json, os, re, shutil, subprocess, sys
tool = sys.argv[1]
snap = os.environ["SNAP"]
passed = failed = 0
checked = set()

def report(ok, what):
    global passed, failed
    print(("PASS: " if ok else "FAIL: ") + what)
    if ok:
        passed += 1
    else:
        failed += 1

def plan(image, backup):
    out = subprocess.run([tool, "--json", "-n", "--from", snap, "--image", image, "--backup", backup],
                         capture_output=True, text=True)
    return json.loads(out.stdout)["plan"]

def flashrom(cmd, chipfile):
    args = cmd.split()
    assert args[:3] == ["flashrom", "-p", "internal"], cmd
    args[2] = "dummy:emulate=W25Q128FV,image=" + chipfile
    r = subprocess.run(args, capture_output=True, text=True)
    return r.returncode, r.stdout + r.stderr

def named_ranges(cmd, image_json):
    """The image's own ranges for the regions or areas a command names."""
    names = re.findall(r"-i (\S+)", cmd)
    if not names:
        return [(0, image_json["size"] - 1)]
    out = []
    for n in names:
        for r in image_json["descriptor"].get("regions", []):
            if "--ifd" in cmd and r["name"] == n:
                out.append((r["base"], r["limit"]))
        for a in image_json["fmap"].get("areas", []):
            if "--fmap" in cmd and a["name"] == n:
                out.append((a["offset"], a["offset"] + a["size"] - 1))
    return out

def check_command(case, c, image, chip, before=None):
    copy = "copy.rom"
    shutil.copyfile(before or chip, copy)
    old = open(copy, "rb").read()
    rc, log = flashrom(c["command"], copy)
    new = open(copy, "rb").read()
    img = open(image, "rb").read()
    what = "%s: %s -> predicted %s" % (case, c["command"], c["outcome"])
    if c["outcome"] == "works":
        ok = rc == 0 and all(new[lo:hi + 1] == img[lo:hi + 1] for lo, hi in named_ranges(c["command"], P["image"]))
    elif c["outcome"] == "fails":
        says = c["flashrom_says"] or ""
        parts = [p.split(" ... ")[0] for p in says.split(" / ")]
        ok = rc != 0 and all(p in log for p in parts) and new == old
        what += " (%s)" % parts
    elif c["outcome"] == "wrong_bytes":
        lo, hi = c["range_base"], c["range_limit"]
        ok = rc == 0 and new[lo:hi + 1] == old[lo:hi + 1] and new[lo:hi + 1] != img[lo:hi + 1]
        what += " (0x%08x-0x%08x not written, exit 0)" % (lo, hi)
    else:
        ok = False
    if not ok:
        what += "; flashrom exited %d: %s" % (rc, log.strip().splitlines()[-1:] )
    report(ok, what)
    checked.add((c["key"], c["outcome"], c["cause"]))
    return copy

def run_case(case, image, backup, want):
    global P
    P = plan(image, backup)
    keys = {c["key"]: c for c in P["commands"]}
    for key, outcome in want.items():
        got = keys.get(key, {}).get("outcome")
        report(got == outcome, "%s: plan predicts %s for %s (got %s)" % (case, outcome, key, got))
    for c in P["commands"]:
        if c["key"] != "ifd_rest_after_fd":
            check_command(case, c, image, backup)
    return P

# 1. Same layout, new contents: every command works; the backup reads the chip.
P = run_case("same layout", "same.rom", "chip.rom",
             {"whole_chip": "works", "ifd_bios": "works", "fmap_rw": "works", "fmap_wp_ro": "works"})
shutil.copyfile("chip.rom", "copy.rom")
rc, log = flashrom(P["sequence"]["backup"].replace("backup.rom", "read.rom"), "copy.rom")
report(rc == 0 and open("read.rom", "rb").read() == open("chip.rom", "rb").read(),
       "same layout: the backup command reads the whole chip")

# 2. The BIOS region moves: --ifd -i bios exits 0 and leaves 0x300000-0x4fffff unwritten;
#    the sequence (fd alone, then bios + me) writes the image as it is.
P = run_case("moved BIOS", "moved.rom", "chip.rom", {"ifd_bios": "wrong_bytes", "ifd_fd": "works",
             "ifd_rest_after_fd": "works", "whole_chip": "works"})
shutil.copyfile("chip.rom", "seq.rom")
ok = True
for step in P["sequence"]["steps"]:
    rc, log = flashrom(step, "seq.rom")
    ok = ok and rc == 0
report(ok and open("seq.rom", "rb").read() == open("moved.rom", "rb").read(),
       "moved BIOS: the recommended sequence %s leaves the chip equal to the image" % P["sequence"]["steps"])
report(P["sequence"]["check_exit_code"] == 0, "moved BIOS: --check code 0 for the sequence")

# 3. An 8 MiB image for a 16 MiB chip: every command fails with the size message.
P = run_case("size mismatch", "small.rom", "chip.rom", {"whole_chip": "fails", "ifd_bios": "fails"})
report(P["sequence"]["check_exit_code"] == 30, "size mismatch: --check code 30")

# 4. The chip has no FMAP: --fmap fails with "Failed to read fmap from ROM."
P = run_case("no FMAP on the chip", "same.rom", "chip-nofmap.rom", {"fmap_rw": "fails", "ifd_bios": "works"})
report(any(f["id"] == "plan.fmap_missing" for f in P["findings"]), "no FMAP on the chip: plan.fmap_missing")

# 5. RW_SECTION_A nested in WP_RO: -i WP_RO -i RW_SECTION_A overlaps.
P = run_case("overlap", "nested.rom", "nested.rom", {"fmap_wp_ro": "fails", "fmap_rw": "works"})
report(any(f["id"] == "plan.region_overlap" for f in P["findings"]), "overlap: plan.region_overlap")

# 6. The chip's FMAP has no RW_SECTION_B: "Invalid region specified".
P = run_case("no RW_SECTION_B on the chip", "same.rom", "chip-no-b.rom", {"fmap_rw": "fails"})
report([c["cause"] for c in P["commands"] if c["key"] == "fmap_rw"] == ["no_such_region"],
       "no RW_SECTION_B on the chip: the cause is no_such_region")

print("checked against flashrom: " + ", ".join("%s %s%s" % (k, o, "/" + c if c else "") for k, o, c in sorted(checked, key=str)))
print("plan-flashrom: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed or not passed else 0)
PY
