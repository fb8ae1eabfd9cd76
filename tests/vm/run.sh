#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# run.sh - live end-to-end tests: spi-inspect on a real Debian kernel in QEMU's Q35, checked against flashrom.
#
# Usage: tests/vm/run.sh            (make check-vm runs it with SPI_INSPECT set)
#
# Boots Debian's own kernel (linux-image-amd64, fetched with apt-get download and
# unpacked with dpkg -x, never installed) in qemu-system-x86_64 -M q35 with an
# initramfs made here: busybox, the spi-inspect under test and the libraries it
# links, Debian's flashrom, setpci, pci.ids, and a small test module built
# against the matching linux-headers. The guest imitates real machines' SPI
# registers (tests/vm/guest/scenarios.sh), runs both tools, and the host compares
# their decodes (tests/vm/check.py). One line per scenario (PASS, FAIL or SKIP
# with the reason), then "N passed, N failed, N skipped".
#
# Environment:
#   SPI_INSPECT     the binary under test (default: ./spi-inspect)
#   SPI_VM_CACHE    where .debs, the unpacked kernel and the module are kept
#                   (default: $XDG_CACHE_HOME/spi-inspect-vm, or
#                   /var/cache/spi-inspect-vm for root, or ~/.cache/spi-inspect-vm)
#   SPI_VM_ACCEL    kvm, tcg or auto (default: auto = KVM if a probe boot works)
#   SPI_VM_KEEP     if set, keep the work directory (console logs, results)
#   SPI_VM_NO_APT   if set, never run apt-get install (downloads still happen)
#   SPI_VM_LOG      also write the results as an automake-style test-suite.log there
#
# Exit: 0 when nothing failed, 1 when a scenario failed, 77 when nothing could run.

set -u
LC_ALL=C
export LC_ALL

here=$(cd "$(dirname "$0")" && pwd)
SPI_INSPECT=${SPI_INSPECT:-./spi-inspect}
case $SPI_INSPECT in /*) ;; *) SPI_INSPECT=$(pwd)/$SPI_INSPECT ;; esac
SCENARIOS='pipeline unlocked locked_me pr_top ble_smm_bwp record_replay not_root strict_devmem itco_wdt relaxed_devmem lockdown'
# A boot that has not finished by then has hung: TCG boots take 70-90 s on two idle
# cores, and more than twice that while the machine builds something else.
BOOT_TIMEOUT=${BOOT_TIMEOUT:-480}

say() { echo "vm: $*" >&2; }
is_root() { [ "$(id -u)" = 0 ]; }

t_start=$(date +%s)

skip_all() { # reason: nothing can run
	set -- "$1" $SCENARIOS
	n=$(( $# - 1 ))
	{
		for s in $SCENARIOS; do
			echo "SKIP $s: $1"
		done
		echo "0 passed, 0 failed, $n skipped"
	} > "${TMPDIR:-/tmp}/spi-vm-skip.$$"
	if [ -n "${SPI_VM_LOG:-}" ]; then
		mkdir -p "$(dirname "$SPI_VM_LOG")"
		printf '# TOTAL: %d\n# PASS: 0\n# SKIP: %d\n# XFAIL: 0\n# FAIL: 0\n# XPASS: 0\n# ERROR: 0\n\n' $n $n > "$SPI_VM_LOG"
		cat "${TMPDIR:-/tmp}/spi-vm-skip.$$" >> "$SPI_VM_LOG"
	fi
	cat "${TMPDIR:-/tmp}/spi-vm-skip.$$"
	rm -f "${TMPDIR:-/tmp}/spi-vm-skip.$$"
	exit 77
}

if [ -n "${SPI_VM_CACHE:-}" ]; then
	cache=$SPI_VM_CACHE
elif [ -n "${XDG_CACHE_HOME:-}" ]; then
	cache=$XDG_CACHE_HOME/spi-inspect-vm
elif is_root; then
	cache=/var/cache/spi-inspect-vm
else
	cache=${HOME:-/tmp}/.cache/spi-inspect-vm
fi
mkdir -p "$cache" || skip_all "cannot create the cache directory $cache"

# ---- host tools -------------------------------------------------------------

# command -> Debian package
need_pkgs=
need() { # command package
	command -v "$1" >/dev/null 2>&1 && return 0
	[ -x "/usr/sbin/$1" ] || [ -x "/sbin/$1" ] && return 0
	need_pkgs="$need_pkgs $2"
}
need qemu-system-x86_64 qemu-system-x86
need busybox busybox-static
need flashrom flashrom
need setpci pciutils
need cpio cpio
need gzip gzip
need python3 python3
need apt-get apt
need dpkg dpkg
if [ -n "$need_pkgs" ]; then
	if is_root && [ -z "${SPI_VM_NO_APT:-}" ]; then
		say "installing$need_pkgs"
		apt-get -qq update >/dev/null 2>&1
		DEBIAN_FRONTEND=noninteractive apt-get -qq install -y --no-install-recommends $need_pkgs >/dev/null 2>&1 \
			|| skip_all "apt-get install$need_pkgs failed; install them and run again"
	else
		skip_all "missing host packages:$need_pkgs (run as root to have them installed, or install them)"
	fi
fi
PATH=$PATH:/usr/sbin:/sbin

# ---- Debian's kernel, unpacked in the cache -----------------------------------

# One run at a time per cache: another could prune the kernel or rebuild the module.
if command -v flock >/dev/null 2>&1; then
	exec 9> "$cache/.lock" && flock 9
fi

deb_fetch() { # package dir: apt-get download into dir (cached), print the .deb path
	mkdir -p "$2"
	deb=$(ls "$2"/"$1"_*.deb 2>/dev/null | head -n 1)
	if [ -z "$deb" ]; then
		(cd "$2" && apt-get -q download "$1" >/dev/null 2>&1) || return 1
		deb=$(ls "$2"/"$1"_*.deb 2>/dev/null | head -n 1)
	fi
	[ -n "$deb" ] && echo "$deb"
}

# apt-cache fails for a moment while apt-get update replaces the lists: try again.
kpkg='' kver=''
for _ in 1 2 3; do
	kpkg=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-/ { print $2; exit }')
	[ -n "$kpkg" ] && kver=$(apt-cache show --no-all-versions "$kpkg" 2>/dev/null | awk '/^Version:/ { print $2; exit }')
	[ -n "$kver" ] && break
	sleep 2
done
if [ -n "$kpkg" ] && [ -n "$kver" ]; then
	kdir=$cache/kernel/${kpkg}_$(echo "$kver" | tr ':' '_')
	if [ ! -f "$kdir/.unpacked" ]; then
		say "fetching $kpkg $kver"
		deb=$(deb_fetch "$kpkg" "$kdir.debs") || skip_all "apt-get download $kpkg failed (no network or no apt sources?)"
		rm -rf "$kdir" && mkdir -p "$kdir" && dpkg -x "$deb" "$kdir" && touch "$kdir/.unpacked" \
			|| skip_all "dpkg -x $deb failed"
		# Keep one kernel: drop the ones Debian has since replaced.
		for d in "$cache"/kernel/*; do
			case $d in "$kdir" | "$kdir.debs") ;; *) rm -rf "$d" ;; esac
		done
	fi
else
	# Offline: the newest kernel already in the cache, if any.
	kdir=
	for d in "$cache"/kernel/linux-image-*_*; do
		case $d in *.debs) ;; *) [ -f "$d/.unpacked" ] && kdir=$d ;; esac
	done
	[ -n "$kdir" ] && [ -f "$kdir/.unpacked" ] \
		|| skip_all "apt-cache could not resolve linux-image-amd64 (no apt lists? run apt-get update) and no kernel is cached in $cache"
	kpkg=$(basename "$kdir" | sed 's/_.*//')
fi
vmlinuz=$(ls "$kdir"/boot/vmlinuz-* 2>/dev/null | head -n 1)
[ -f "$vmlinuz" ] || skip_all "no vmlinuz in $kdir"
krel=${vmlinuz##*/vmlinuz-}
say "kernel $krel ($kdir)"

# ---- the test module, built against the matching linux-headers ----------------

module_why=
module_ko=$kdir/module/spivm_hold.ko
build_module() {
	hpkg=linux-headers-$krel
	hdir=$kdir/usr/src/$hpkg
	if [ ! -f "$kdir/.headers" ]; then
		hdeps=$(apt-cache depends "$hpkg" 2>/dev/null | awk '/Depends: linux-(headers|kbuild)-/ { print $2 }')
		[ -n "$hdeps" ] || { module_why="apt-cache knows no $hpkg"; return 1; }
		for p in $hpkg $hdeps; do
			deb=$(deb_fetch "$p" "$kdir.debs") || { module_why="apt-get download $p failed"; return 1; }
			dpkg -x "$deb" "$kdir" || { module_why="dpkg -x $deb failed"; return 1; }
		done
		# The arch Makefile includes the common one by absolute path: point it here.
		sed -i "s|^include /usr/src/|include $kdir/usr/src/|" "$hdir/Makefile"
		touch "$kdir/.headers"
	fi
	cc=$(sed -n 's/^CC = .*(CROSS_COMPILE)//p' "$hdir/.kernelvariables" 2>/dev/null)
	cc=${cc:-gcc}
	if ! command -v "$cc" >/dev/null 2>&1 || ! command -v make >/dev/null 2>&1; then
		if is_root && [ -z "${SPI_VM_NO_APT:-}" ]; then
			DEBIAN_FRONTEND=noninteractive apt-get -qq install -y --no-install-recommends "$cc" make >/dev/null 2>&1
		fi
		command -v "$cc" >/dev/null 2>&1 && command -v make >/dev/null 2>&1 \
			|| { module_why="$cc and make are needed to build the test module against $hpkg"; return 1; }
	fi
	b=$kdir/module
	mkdir -p "$b"
	if [ -f "$module_ko" ] && cmp -s "$here/spivm_hold.c" "$b/spivm_hold.c" && cmp -s "$here/Kbuild" "$b/Kbuild"; then
		return 0
	fi
	cp "$here/spivm_hold.c" "$here/Kbuild" "$b/" && rm -f "$module_ko"
	if ! make -C "$hdir" M="$b" modules > "$b/build.log" 2>&1 || [ ! -f "$module_ko" ]; then
		module_why="building spivm_hold.ko against $hpkg failed: $(tail -n 3 "$b/build.log" | tr '\n' ' ')"
		return 1
	fi
	return 0
}
build_module || { say "no test module: $module_why"; module_ko=; }

# ---- the initramfs ---------------------------------------------------------------

work=$(mktemp -d "${TMPDIR:-/tmp}/spi-vm.XXXXXX") || skip_all "mktemp failed"
if [ -z "${SPI_VM_KEEP:-}" ]; then
	trap 'rm -rf "$work"' EXIT
	trap 'rm -rf "$work"; exit 130' INT TERM
else
	say "work directory $work"
fi
root=$work/root
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

copy_exe "$(command -v busybox)" /bin/busybox || skip_all "cannot copy busybox"
ln -s busybox "$root/bin/sh"
copy_exe "$(command -v flashrom)" /usr/sbin/flashrom || skip_all "cannot copy flashrom"
copy_exe "$(command -v setpci)" /usr/bin/setpci || skip_all "cannot copy setpci"
inspect_why=
if [ -x "$SPI_INSPECT" ]; then
	copy_exe "$SPI_INSPECT" /usr/sbin/spi-inspect || inspect_why="cannot copy $SPI_INSPECT"
	# libpci is loaded with dlopen() (src/hw/libpci.c), so ldd does not list it: copy it and
	# what it links by name, not only because flashrom and setpci happen to link it too.
	libpci=$(ldconfig -p 2>/dev/null | awk '$1 == "libpci.so.3" { print $NF; exit }')
	[ -n "$libpci" ] && copy_exe "$libpci" "$libpci"
else
	inspect_why="$SPI_INSPECT is not built"
fi
for ids in /usr/share/misc/pci.ids /usr/share/hwdata/pci.ids; do
	[ -f "$ids" ] && { cp "$ids" "$root/usr/share/misc/pci.ids"; break; }
done
cp "$here/guest/init" "$root/init" && chmod 755 "$root/init"
cp "$here/guest/scenarios.sh" "$root/spivm/scenarios.sh"
if [ -n "$module_ko" ]; then
	cp "$module_ko" "$root/spivm/spivm_hold.ko"
else
	echo "$module_why" > "$root/spivm/spivm_hold.why"
fi
# Debian's own drivers for the itco_wdt scenario, in load order (iTCO_wdt needs the
# others' symbols; intel_pmc_bxt only on kernels where iTCO_wdt imports from it).
mkdir -p "$root/spivm/itco"
for m in watchdog iTCO_vendor_support intel_pmc_bxt lpc_ich iTCO_wdt; do
	f=$(find "$kdir/lib/modules" -name "$m.ko*" 2>/dev/null | head -n 1)
	case $f in
	"") continue ;;
	*.ko) cp "$f" "$root/spivm/itco/$m.ko" ;;
	*.ko.xz) xz -dc "$f" > "$root/spivm/itco/$m.ko" ;;
	*.ko.zst) zstd -qdc "$f" > "$root/spivm/itco/$m.ko" ;;
	*.ko.gz) gzip -dc "$f" > "$root/spivm/itco/$m.ko" ;;
	esac && echo "$m" >> "$root/spivm/itco/order"
done
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' > "$root/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' > "$root/etc/group"
(cd "$root" && find . | cpio -o -H newc 2>/dev/null) | gzip -1 > "$work/initrd.gz" \
	|| skip_all "building the initramfs failed"

# ---- boots -------------------------------------------------------------------------

boot() { # group accel extra-cmdline: runs one guest, results in $work/<group>.*
	t0=$(date +%s.%N)
	timeout "$BOOT_TIMEOUT" qemu-system-x86_64 -M q35 -accel "$2" -m 256 -smp 1 \
		-display none -no-reboot -nic none -monitor none \
		-serial "file:$work/$1.console" -serial "file:$work/$1.data" \
		-kernel "$vmlinuz" -initrd "$work/initrd.gz" \
		-append "console=ttyS0 quiet panic=-1 spivm.group=$1 $3" \
		> "$work/$1.qemu" 2>&1
	echo $? > "$work/$1.rc"
	t1=$(date +%s.%N)
	echo "$t0 $t1" | awk '{ printf "%.1f\n", $2 - $1 }' > "$work/$1.seconds"
}

accel=${SPI_VM_ACCEL:-auto}
if [ "$accel" = auto ]; then
	accel=tcg
	marker=$cache/kvm-probe-$(uname -r)
	if [ -r /dev/kvm ] && [ -w /dev/kvm ]; then
		if [ -f "$marker" ]; then
			accel=$(cat "$marker")
		else
			saved=$BOOT_TIMEOUT
			BOOT_TIMEOUT=20
			boot probe kvm ""
			BOOT_TIMEOUT=$saved
			grep -q '^@@FILE probe ready' "$work/probe.data" 2>/dev/null && accel=kvm
			echo "$accel" > "$marker"
		fi
	fi
fi
say "accelerator $accel"

boot main "$accel" "" &
boot relaxed "$accel" "iomem=relaxed" &
boot lockdown "$accel" "lockdown=integrity" &
wait

# ---- checks ---------------------------------------------------------------------------

t_end=$(date +%s)
python3 "$here/check.py" --work "$work" --inspect "$SPI_INSPECT" \
	--inspect-why "$inspect_why" --accel "$accel" \
	--kernel "$kpkg ($krel), flashrom $(dpkg-query -W -f '${Version}' flashrom 2>/dev/null || echo '?')" \
	--elapsed $(( t_end - t_start )) ${SPI_VM_LOG:+--log "$SPI_VM_LOG"}
