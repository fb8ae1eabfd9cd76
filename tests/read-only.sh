#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# read-only.sh - the proof that spi-inspect cannot write (DESIGN.md rule 1), in three parts:
#  1. the built binary imports no libpci write call and no port-I/O call, holds no name of
#     one that dlsym() could ask libpci for (libpci is loaded on first use, src/hw/libpci.c),
#     and holds no port-output or MSR-write instruction;
#  2. the sources in src/ call none of them, open every file O_CLOEXEC and every device
#     O_RDONLY (only --save's file, in src/hw/save.c, is opened for writing), and map
#     memory PROT_READ only;
#  3. at run time (under strace, when installed) no system call can write: no iopl/ioperm,
#     no open for writing but --save's, no writable mapping of a file standing in for
#     /dev/mem, no write but to stdout, stderr and --save's file; our own opens carry
#     O_CLOEXEC; and replay with every renderer needs no root (run as nobody when root).
# Each check prints PASS or FAIL with what it found; any FAIL fails the test.
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
src="$top_srcdir/src"
snap="$top_srcdir/data/samples/tigerlake-lp.snap"
dump="$top_srcdir/tests/data/tgl-lp.lspci"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0 skipped=0

ok() { echo "PASS: $1"; pass=$((pass + 1)); }
bad() { echo "FAIL: $1"; fail=$((fail + 1)); }
skip() { echo "SKIP: $1"; skipped=$((skipped + 1)); }
# check NAME FILE: PASS when FILE is empty, else FAIL with its lines.
check() {
	if [ -s "$2" ]; then
		bad "$1:"
		sed 's/^/    /' "$2" | head -20
	else
		ok "$1"
	fi
}

command -v perl >/dev/null || { echo "SKIP: perl is needed to read the sources and strace logs"; exit 77; }

# ---- 1. the binary --------------------------------------------------------------------
if command -v nm >/dev/null && command -v objdump >/dev/null; then
	# The names a write would need, as dynamic imports or as symbols of our own.
	forbidden='^(pci_write_[a-z_]+|iopl|ioperm|outb|outw|outl|outsb|outsw|outsl|outb_p|outw_p|outl_p)$'
	nm -D --undefined-only "$SPI_INSPECT" | awk '{print $NF}' | sed 's/@.*//' |
		grep -E "$forbidden" >"$tmp/imports"
	check "binary imports no libpci write or port-I/O function (nm -D --undefined-only)" "$tmp/imports"
	nm "$SPI_INSPECT" 2>/dev/null | awk '{print $NF}' | sed 's/@.*//' |
		grep -E "$forbidden" >"$tmp/syms"
	check "binary defines no libpci write or port-I/O symbol (nm)" "$tmp/syms"
	# libpci is dlopen()ed and its functions found by name (src/hw/libpci.c): a write
	# function could only be reached through its name, which would be in the binary.
	LC_ALL=C grep -aoE 'pci_write_[a-z_]+|(^|[^a-z_])(iopl|ioperm)([^a-z_]|$)' "$SPI_INSPECT" |
		sort -u >"$tmp/names"
	check "binary holds no libpci write or port-I/O name that dlsym() could look up (strings)" "$tmp/names"
	# outb() and friends are inline assembly (sys/io.h): look for the instructions.
	objdump -d --no-show-raw-insn "$SPI_INSPECT" |
		grep -E '^[[:space:]]*[0-9a-f]+:[[:space:]]+(out|outs[bwl]?|rep outs[bwl]?|wrmsr)([[:space:]]|$)' >"$tmp/insns"
	check "binary holds no port-output (out, outs) or wrmsr instruction (objdump -d)" "$tmp/insns"
else
	skip "binary checks: nm and objdump (binutils) are not installed"
fi

# ---- 2. the sources -------------------------------------------------------------------
# One perl pass over src/**/*.[ch], comments and string literals removed, each statement
# that calls open/openat/mmap/fopen looked at whole (it may span lines).
find "$src" -name '*.[ch]' | sort >"$tmp/files"
[ -s "$tmp/files" ] || { echo "FAIL: no sources under $src"; exit 1; }
perl -e '
	my ($out) = @ARGV;
	open(my $report, ">", $out) or die;
	my @files = map { chomp; $_ } <STDIN>;
	for my $f (@files) {
		open(my $fh, "<", $f) or die "$f: $!";
		local $/; my $c = <$fh>;
		# comments and strings out, newlines kept so that line numbers hold
		$c =~ s{/\*(.*?)\*/}{ my $m = $1; "/*" . ($m =~ tr/\n//cdr) . "*/" }gse;
		$c =~ s{//[^\n]*}{}g;
		$c =~ s{"((?:[^"\\\n]|\\.)*)"}{"\"" . ("s" x length($1)) . "\""}ge;
		$c =~ s{'\''(?:[^'\''\\\n]|\\.)*'\''}{0}g;
		my $save = $f =~ m{/hw/save\.c$};
		my $say = sub { my ($pos, $what) = @_; my $line = 1 + (substr($c, 0, $pos) =~ tr/\n//);
				(my $rel = $f) =~ s{.*/src/}{src/}; print $report "$rel:$line: $what\n"; };
		while ($c =~ /\b(pci_write_\w+|iopl|ioperm|outs?[bwl](?:_p)?|wrmsr|pwrite\w*|ioctl|system|popen|exec[lv]\w*|fork|vfork|posix_spawn\w*)\s*\(([^;]*)/g) {
			my ($fn, $args, $pos) = ($1, $2, $-[0]);
			# one ioctl is allowed: term.c asks the terminal its width (TIOCGWINSZ only reads)
			next if $fn eq "ioctl" && $f =~ m{/report/term\.c$} && $args =~ /^[^,]*,\s*TIOCGWINSZ\s*,/;
			$say->($pos, "calls $fn()");
		}
		while ($c =~ /\b(dlopen|dlmopen|dlsym|dlvsym)\s*\(/g) {
			$say->($-[0], "calls $1() outside src/hw/libpci.c (its table names every libpci function used)")
				unless $f =~ m{/hw/libpci\.c$};
		}
		while ($c =~ /#\s*include\s*<(sys\/io\.h|sys\/perm\.h)>/g) { $say->($-[0], "includes <$1> (port I/O)"); }
		while ($c =~ /\b(asm|__asm__|__asm)\b/g) { $say->($-[0], "inline assembly ($1), where port I/O could hide"); }
		while ($c =~ /\bwriteable\s*=\s*([^;]*);/g) { $say->($-[0], "sets libpci writeable = $1") unless $1 =~ /^\s*0\s*$/; }
		while ($c =~ /\b(PROT_WRITE|PROT_EXEC|O_RDWR|MAP_PRIVATE\s*\|\s*MAP_FIXED)\b/g) { $say->($-[0], "uses $1"); }
		while ($c =~ /\bO_WRONLY\b/g) { $say->($-[0], "uses O_WRONLY outside src/hw/save.c (--save)") unless $save; }
		while ($c =~ /\b(open|openat|creat|mmap|fopen|fdopen|freopen)\s*\(([^;]*)/g) {
			my ($fn, $args, $pos) = ($1, $2, $-[0]);
			next if substr($c, 0, $pos) =~ /(struct|int|void|FILE)\s*\**\s*$/; # a declaration
			if ($fn eq "creat") { $say->($pos, "calls creat()"); next; }
			if ($fn =~ /^open/) {
				# flags in a variable: what the variable is set to counts
				my $flags = $args;
				for my $v ($args =~ /\b([a-z_]\w*)\b/g) {
					my $all = $c; # a separate copy: a match on $c would move the loop above
					$flags .= " $1" while $all =~ /\b\Q$v\E\s*(?:=|\|=)\s*([^;]*);/g;
				}
				$say->($pos, "$fn() without O_CLOEXEC") unless $flags =~ /\bO_CLOEXEC\b/;
				$say->($pos, "$fn() neither O_RDONLY nor, in save.c, O_WRONLY with O_NOFOLLOW")
					unless $flags =~ /\bO_RDONLY\b/ || ($save && $flags =~ /\bO_WRONLY\b/ && $flags =~ /\bO_NOFOLLOW\b/);
			} elsif ($fn eq "fdopen" && $save) {
				# --output: a stream on the temporary file save.c itself created (O_EXCL)
			} elsif ($fn eq "mmap") {
				$say->($pos, "mmap() without PROT_READ") unless $args =~ /\bPROT_READ\b/;
			} else {
				$say->($pos, "$fn(): use open() with O_RDONLY|O_CLOEXEC (a stdio stream hides its mode)");
			}
		}
		if ($save) { # the one writer: exclusive create, no symlink, close-on-exec
			$say->(0, "save.c lost O_NOFOLLOW") unless $c =~ /O_NOFOLLOW/;
			$say->(0, "save.c lost O_EXCL") unless $c =~ /O_EXCL/;
		}
	}
' "$tmp/src-report" <"$tmp/files"
check "sources (src/**/*.[ch]): no write call, port I/O or asm; open() O_RDONLY|O_CLOEXEC, mmap() PROT_READ; only save.c writes" "$tmp/src-report"

# ---- 3. at run time -------------------------------------------------------------------
# strace_check NAME SAVE_PATH DEVMEM_PATH COMMAND...: run COMMAND under strace and judge
# every open, mapping, write and privilege call it makes.
strace_check() {
	name=$1 save=$2 devmem=$3
	shift 3
	# LeakSanitizer cannot run under ptrace: off for these runs of a sanitizer build
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
	strace -f -qq -o "$tmp/strace" -e trace=open,openat,openat2,creat,mmap,mprotect,write,writev,pwrite64,pwritev,pwritev2,ioctl,iopl,ioperm,close,dup,dup2,dup3,fcntl \
		"$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -ne 0 ] && [ "$rc" -lt 10 ]; then
		bad "$name: exited $rc: $(head -c 300 "$tmp/err")"
		return
	fi
	perl -e '
		my ($save, $devmem) = @ARGV;
		my (%path, @bad);
		$path{0} = "<stdin>"; $path{1} = "<stdout>"; $path{2} = "<stderr>";
		while (<STDIN>) {
			chomp;
			s/^\d+\s+//;
			my ($call, $args, $ret) = /^(\w+)\((.*)\)\s+=\s+(-?\d+|0x[0-9a-f]+)/ or next;
			if ($call =~ /^(open|openat|openat2|creat)$/) {
				my ($p) = $args =~ /"((?:[^"\\]|\\.)*)"/;
				$path{$ret} = $p if $ret >= 0;
				my $lib = $p =~ m{^/(etc/ld\.so|lib|usr/lib)} ;
				if ($args =~ /O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND/ || $call eq "creat") {
					push @bad, "opens $p for writing ($args)" unless $save ne "" && $p eq $save && $args =~ /O_NOFOLLOW/ && $args =~ /O_EXCL/;
				}
				# what libpci opens itself, and a sanitizer runtime'\''s /proc/self reads, are not ours
				push @bad, "opens $p without O_CLOEXEC"
					unless $args =~ /O_CLOEXEC/ || $ret < 0 || $lib || $p =~ m{^(/usr/share/misc/pci\.ids|/usr/share/hwdata/pci\.ids|.*\.lspci|/sys/bus/pci/.*|/proc/bus/pci/.*)(\.gz)?$} || $p =~ m{^/proc/self/};
			} elsif ($call =~ /^(close)$/) {
				my ($fd) = $args =~ /^(\d+)/; delete $path{$fd} if defined $fd;
			} elsif ($call =~ /^(dup|dup2|dup3)$/ || ($call eq "fcntl" && $args =~ /F_DUPFD/)) {
				my ($fd) = $args =~ /^(\d+)/; $path{$ret} = $path{$fd} if $ret >= 0 && defined $fd;
			} elsif ($call eq "mmap" || $call eq "mprotect") {
				my @a = split /,\s*/, $args;
				my $fd = $call eq "mmap" ? $a[4] : undef;
				my $p = defined $fd && $fd >= 0 ? ($path{$fd} // "fd $fd") : "";
				push @bad, "maps $p writable ($args)" if $p ne "" && $p eq $devmem && $args =~ /PROT_WRITE/;
				push @bad, "maps $p shared and writable ($args)" if $args =~ /PROT_WRITE/ && $args =~ /MAP_SHARED/;
			} elsif ($call =~ /^(write|writev|pwrite64|pwritev|pwritev2)$/) {
				my ($fd) = $args =~ /^(\d+)/;
				my $p = $path{$fd} // "fd $fd";
				push @bad, "$call to $p" unless $fd == 1 || $fd == 2 || ($save ne "" && $p eq $save);
			} elsif ($call =~ /^(iopl|ioperm|ioctl)$/) {
				push @bad, "calls $call($args)" unless $call eq "ioctl" && $args =~ /^[012],\s*(TCGETS|TIOCGWINSZ)/;
			}
		}
		print "$_\n" for @bad;
	' "$save" "$devmem" <"$tmp/strace" >"$tmp/judged"
	check "$name" "$tmp/judged"
}

if command -v strace >/dev/null && strace -qq -o /dev/null true 2>/dev/null; then
	strace_check "run time, replay (--from, every format)" "" "" \
		sh -c '"$0" --from "$1" && "$0" --json --from "$1" && "$0" --markdown -v --from "$1"' "$SPI_INSPECT" "$snap"
	# A file stands in for /dev/mem: it is opened and mapped as /dev/mem would be.
	dd if=/dev/zero of="$tmp/mem" bs=4096 count=4 2>/dev/null
	strace_check "run time, live path (libpci dump, --devmem FILE, --save)" "$tmp/saved.snap" "$tmp/mem" \
		"$SPI_INSPECT" -A dump -O "dump.name=$dump" --devmem "$tmp/mem" --save "$tmp/saved.snap" -v
	grep -q '^mem ' "$tmp/saved.snap" 2>/dev/null ||
		echo "    note: the live run made no /dev/mem read, so the mapping check saw none"
	strace_check "run time, live path on this machine (whatever it finds)" "" "/dev/mem" \
		"$SPI_INSPECT" -v
	# What libpci opens itself (the dump, pci.ids, sysfs config files) is opened without
	# O_CLOEXEC by libpci; the tool never executes anything, so no descriptor can leak.
else
	skip "run-time checks: strace is not installed or cannot trace here (apt-get install strace)"
fi

# ---- replay needs no root ---------------------------------------------------------------
# Replaying and rendering (text, --regions, --me-status, JSON, Markdown) give the same
# output and exit code as nobody as they do for the user running the suite.
as_nobody=
if [ "$(id -u)" -eq 0 ]; then
	if command -v setpriv >/dev/null && setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
		as_nobody="setpriv --reuid=nobody --regid=nogroup --clear-groups --inh-caps=-all --bounding-set=-all"
	elif command -v runuser >/dev/null && runuser -u nobody -- true 2>/dev/null; then
		as_nobody="runuser -u nobody --"
	fi
fi
chmod 755 "$tmp"
cp "$snap" "$tmp/replay.snap" && chmod 644 "$tmp/replay.snap"
if [ "$(id -u)" -ne 0 ] || [ -n "$as_nobody" ]; then
	: >"$tmp/diffs"
	for opts in "" "--regions -v" "--me-status" "--json" "--markdown -v"; do
		# shellcheck disable=SC2086
		(cd / && "$SPI_INSPECT" -n --no-color $opts --from "$tmp/replay.snap") >"$tmp/as-me" 2>&1
		rc_me=$?
		# shellcheck disable=SC2086
		(cd / && $as_nobody "$SPI_INSPECT" -n --no-color $opts --from "$tmp/replay.snap") >"$tmp/as-nobody" 2>&1
		rc_nobody=$?
		# the Markdown's embedded snapshot records argv only; nothing else may differ
		if [ "$rc_me" != "$rc_nobody" ] || ! cmp -s "$tmp/as-me" "$tmp/as-nobody"; then
			echo "--from with '$opts': exit $rc_me vs $rc_nobody as ${as_nobody:+nobody}${as_nobody:-this user}" >>"$tmp/diffs"
			diff "$tmp/as-me" "$tmp/as-nobody" | head -5 >>"$tmp/diffs"
		fi
		[ "$rc_nobody" -lt 10 ] && [ "$rc_nobody" -ne 0 ] && echo "--from with '$opts' exited $rc_nobody" >>"$tmp/diffs"
	done
	check "replay and every renderer run without root (${as_nobody:-as $(id -un)}), output identical" "$tmp/diffs"
else
	skip "replay as nobody: running as root and neither setpriv nor runuser can switch to nobody here"
fi

echo "read-only: $pass passed, $fail failed, $skipped skipped"
[ "$fail" -eq 0 ] || exit 1
# a check that could not run here is an automake SKIP (exit 77), its reason above
[ "$skipped" -eq 0 ] || exit 77
