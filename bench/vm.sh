#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# vm.sh - boot the VM tests' Q35 guest twice for the benchmark: timings, then traced access counts.
#
# Usage: bench/vm.sh OUTDIR   (bench/run calls it)
#
# Reuses the VM tests' pieces rather than their test run: the cached Debian
# kernel of tests/vm/run.sh (same cache directory and layout; fetched here the
# same way, apt-get download + dpkg -x, when the cache is empty), its initramfs
# recipe (copy_exe below is run.sh's), and tests/vm/guest/scenarios.sh for the
# register set-ups. The guest's /init is bench/guest-init.
#
# Boot 1 (bench.mode=time): interleaved samples, strace logs.
# Boot 2 (bench.mode=count): QEMU traces memory_region_ops_* and pci_cfg_* to
# OUTDIR/count/trace.log; the guest brackets each tool run with marker reads.
# Results: OUTDIR/{time,count}/<name> files, OUTDIR/{time,count}.status
# ("ok <seconds>" or "skip <reason>"), OUTDIR/accel.
#
# Environment: SPI_INSPECT and BENCHRUN (binaries, required), BENCH_RUNS (10),
# BENCH_ACCEL (kvm, tcg or auto), SPI_VM_CACHE as for tests/vm/run.sh.

set -u
LC_ALL=C
export LC_ALL
out=$1
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
runs=${BENCH_RUNS:-10}
mkdir -p "$out"

skip() { # reason: nothing can boot
	echo "skip $1" > "$out/time.status"
	echo "skip $1" > "$out/count.status"
	exit 0
}
is_root() { [ "$(id -u)" = 0 ]; }

[ -f "$top/tests/vm/guest/scenarios.sh" ] || skip "no VM harness (tests/vm/guest/scenarios.sh is missing)"
for c in qemu-system-x86_64 busybox flashrom setpci cpio gzip base64; do
	command -v "$c" > /dev/null 2>&1 || skip "$c is not installed"
done
[ -x "$SPI_INSPECT" ] || skip "spi-inspect is not built"
[ -x "$BENCHRUN" ] || skip "bench/benchrun.c could not be built"

# ---- the kernel: tests/vm/run.sh's cache ---------------------------------------
if [ -n "${SPI_VM_CACHE:-}" ]; then
	cache=$SPI_VM_CACHE
elif [ -n "${XDG_CACHE_HOME:-}" ]; then
	cache=$XDG_CACHE_HOME/spi-inspect-vm
elif is_root; then
	cache=/var/cache/spi-inspect-vm
else
	cache=${HOME:-/tmp}/.cache/spi-inspect-vm
fi
kdir=$(ls -d "$cache"/kernel/linux-image-*_* 2>/dev/null | grep -v '\.debs$' | sort | tail -n 1)
if [ -z "$kdir" ] || [ ! -f "$kdir/.unpacked" ]; then
	# As tests/vm/run.sh does it: Debian's linux-image-amd64, unpacked, never installed.
	kpkg=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-/ { print $2; exit }')
	kver=$(apt-cache show --no-all-versions "$kpkg" 2>/dev/null | awk '/^Version:/ { print $2; exit }')
	[ -n "$kpkg" ] && [ -n "$kver" ] || skip "no cached kernel in $cache and apt-cache knows no linux-image-amd64"
	kdir=$cache/kernel/${kpkg}_$(echo "$kver" | tr ':' '_')
	mkdir -p "$kdir.debs"
	(cd "$kdir.debs" && apt-get -q download "$kpkg" > /dev/null 2>&1) || skip "apt-get download $kpkg failed"
	rm -rf "$kdir" && mkdir -p "$kdir" && dpkg -x "$kdir.debs/${kpkg}"_*.deb "$kdir" && touch "$kdir/.unpacked" \
		|| skip "dpkg -x of $kpkg failed"
fi
vmlinuz=$(ls "$kdir"/boot/vmlinuz-* 2>/dev/null | head -n 1)
[ -f "$vmlinuz" ] || skip "no vmlinuz in $kdir"
echo "${vmlinuz##*/vmlinuz-}" > "$out/kernel"

# ---- the initramfs (tests/vm/run.sh's recipe) ----------------------------------
root=$out/root
rm -rf "$root"
mkdir -p "$root/bin" "$root/usr/sbin" "$root/usr/bin" "$root/etc" "$root/spivm" "$root/usr/share/misc"
copy_exe() { # host path -> same path in the initramfs, with what ldd says it links
	mkdir -p "$root$(dirname "$2")"
	cp -L "$1" "$root$2" || return 1
	ldd "$1" 2>/dev/null | awk '/=> \// { print $3 } /^[ \t]*\/[^ ]*ld-linux/ { print $1 }' |
	while read -r lib; do
		[ -e "$root$lib" ] && continue
		mkdir -p "$root$(dirname "$lib")" && cp -L "$lib" "$root$lib"
	done
}
copy_exe "$(command -v busybox)" /bin/busybox || skip "cannot copy busybox"
ln -s busybox "$root/bin/sh"
copy_exe "$(command -v flashrom)" /usr/sbin/flashrom || skip "cannot copy flashrom"
copy_exe "$(command -v setpci)" /usr/bin/setpci || skip "cannot copy setpci"
copy_exe "$SPI_INSPECT" /usr/sbin/spi-inspect || skip "cannot copy $SPI_INSPECT"
# libpci is loaded with dlopen() (src/hw/libpci.c), so ldd does not list it: copy it and
# what it links by name, not only because flashrom and setpci happen to link it too.
libpci=$(ldconfig -p 2>/dev/null | awk '$1 == "libpci.so.3" { print $NF; exit }')
[ -n "$libpci" ] && copy_exe "$libpci" "$libpci"
copy_exe "$BENCHRUN" /usr/bin/benchrun || skip "cannot copy benchrun"
if command -v strace > /dev/null 2>&1; then
	copy_exe "$(command -v strace)" /usr/bin/strace
fi
for ids in /usr/share/misc/pci.ids /usr/share/hwdata/pci.ids; do
	[ -f "$ids" ] && { cp "$ids" "$root/usr/share/misc/pci.ids"; break; }
done
cp "$here/guest-init" "$root/init" && chmod 755 "$root/init"
cp "$top/tests/vm/guest/scenarios.sh" "$root/spivm/scenarios.sh"
printf 'root:x:0:0:root:/root:/bin/sh\n' > "$root/etc/passwd"
(cd "$root" && find . | cpio -o -H newc 2> /dev/null) | gzip -1 > "$out/initrd.gz" \
	|| skip "building the initramfs failed"
rm -rf "$root"

# ---- boots -------------------------------------------------------------------------
boot() { # mode accel timeout extra-qemu-args...
	mode=$1 accel=$2 tmo=$3
	shift 3
	t0=$(date +%s)
	timeout "$tmo" qemu-system-x86_64 -M q35 -accel "$accel" -m 256 -smp 1 \
		-display none -no-reboot -nic none -monitor none \
		-serial "file:$out/$mode.console" -serial "file:$out/$mode.data" \
		-kernel "$vmlinuz" -initrd "$out/initrd.gz" \
		-append "console=ttyS0 quiet panic=-1 bench.mode=$mode bench.runs=$runs" \
		"$@" > "$out/$mode.qemu" 2>&1
	rc=$?
	echo $(( $(date +%s) - t0 )) > "$out/$mode.seconds"
	return $rc
}

unpack() { # mode: the guest's @@FILE blocks -> $out/<mode>/<name>
	mkdir -p "$out/$1"
	awk -v dir="$out/$1" '
		/^@@FILE / { f = dir "/" $3 ".b64"; printf "" > f; on = 1; next }
		/^@@END/ { close(f); on = 0; next }
		on { sub(/\r$/, ""); print >> f }' "$out/$1.data"
	for f in "$out/$1"/*.b64; do
		[ -f "$f" ] || continue
		base64 -d < "$f" > "${f%.b64}" 2> /dev/null
		rm -f "$f"
	done
}

accel=${BENCH_ACCEL:-auto}
if [ "$accel" = auto ]; then
	accel=tcg
	if [ -r /dev/kvm ] && [ -w /dev/kvm ]; then
		# The VM tests remember whether KVM boots on this host kernel.
		marker=$cache/kvm-probe-$(uname -r)
		if [ -f "$marker" ]; then
			accel=$(cat "$marker")
		else
			BENCH_RUNS=0 boot probe kvm 30
			grep -q '^@@FILE bench ready' "$out/probe.data" 2> /dev/null && accel=kvm
		fi
	fi
fi
echo "$accel" > "$out/accel"

# Boot 1: timings. flashrom takes seconds per run under TCG; allow for it.
tmo=$(( 120 + runs * 2 * 25 ))
if boot time "$accel" "$tmo"; then :; fi
unpack time
if [ -s "$out/time/done" ]; then
	echo "ok $(cat "$out/time.seconds")" > "$out/time.status"
else
	echo "skip the timing boot did not finish ($(cat "$out/time.seconds") s, qemu: $(tail -n 1 "$out/time.qemu" 2> /dev/null))" > "$out/time.status"
fi

# Boot 2: every MMIO/port access QEMU dispatches to a device model, and every config access.
printf 'memory_region_ops_read\nmemory_region_ops_write\npci_cfg_read\npci_cfg_write\n' > "$out/trace-events"
if boot count "$accel" 600 -trace "events=$out/trace-events" -D "$out/count.trace"; then :; fi
unpack count
if [ -s "$out/count/done" ] && [ -s "$out/count.trace" ]; then
	echo "ok $(cat "$out/count.seconds")" > "$out/count.status"
else
	echo "skip the traced boot did not finish or QEMU wrote no trace ($(cat "$out/count.seconds") s)" > "$out/count.status"
fi
exit 0
