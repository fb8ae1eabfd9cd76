#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""check.py - the host half of the VM tests: spi-inspect's JSON against flashrom -V, per scenario.

Reads what the guests sent over their second serial port (<work>/<group>.data),
checks each scenario and prints one line per scenario (PASS, FAIL or SKIP with the
reason, details indented below), then "N passed, N failed, N skipped".

A part that is missing (spi-inspect not built, a JSON key not rendered yet, the
test module not built) makes the scenario SKIP with the reason; with
SPI_VM_STRICT=1 in the environment a missing JSON key FAILs instead.

flashrom 1.3 facts this relies on (flashrom ichspi.c, chipset_enable.c @ v1.3.0):
- FRAP and FREGx are printed only when HSFS.FDV is set; a FREG whose base is above
  its limit (or FREG1+ reading 0) is "unused" and printed only at -VV.
- When the controller is not locked (FLOCKDN=0) flashrom clears each PRx's WP/RP
  bits before printing it, so unlocked PRs are checked against the readback.
- "BIOS_CNTL = 0x.." is printed after flashrom tried to set BIOSWE and clear BLE
  and bit 5; QEMU lets it, so BIOS_CNTL is checked against the setpci readback
  taken before any tool ran.
"""

import argparse
import base64
import difflib
import json
import os
import re
import subprocess
import sys

GROUP_OF = {
    'pipeline': 'main', 'unlocked': 'main', 'locked_me': 'main', 'pr_top': 'main',
    'ble_smm_bwp': 'main', 'record_replay': 'main', 'not_root': 'main',
    'strict_devmem': 'main', 'itco_wdt': 'main', 'relaxed_devmem': 'relaxed', 'lockdown': 'lockdown',
}
ORDER = list(GROUP_OF)

# Exit codes, src/failure.h.
EXIT_OK, EXIT_NOT_ROOT, EXIT_DEVMEM_STRICT, EXIT_LOCKDOWN = 0, 10, 11, 12
EXIT_CHECK_PROTECTED, EXIT_CHECK_SMM_BWP, EXIT_CHECK_BLE = 21, 22, 23

# flashrom ichspi.c access_names[], indexed by (write granted << 1 | read granted).
ACCESS = {'read-write': (True, True), 'read-only': (True, False),
          'write-only': (False, True), 'locked': (False, False)}

STRICT = os.environ.get('SPI_VM_STRICT') == '1'


class Skip(Exception):
    pass


class Fail(Exception):
    pass


class Missing(Exception):
    """A JSON key the check needs is not rendered (yet)."""


# ---- what the guests sent --------------------------------------------------

def load_data(path):
    files = {}
    cur = None
    buf = []
    try:
        with open(path, 'rb') as f:
            raw = f.read().decode('ascii', 'replace')
    except OSError:
        return files
    for line in raw.replace('\r', '').split('\n'):
        if line.startswith('@@FILE '):
            parts = line.split(' ', 2)
            cur = (parts[1], parts[2]) if len(parts) == 3 else None
            buf = []
        elif line == '@@END' and cur:
            try:
                files[cur] = base64.b64decode(''.join(buf))
            except ValueError:
                files[cur] = b'(base64 garbled on the serial line)'
            cur = None
        elif cur:
            buf.append(line.strip())
    return files


class Scenario:
    def __init__(self, name, files, group_state, opts):
        self.name = name
        self.f = {k[1]: v for k, v in files.items() if k[0] == name}
        self.group = group_state
        self.opts = opts
        self.notes = []
        self.missing = []

    def text(self, key):
        v = self.f.get(key)
        return None if v is None else v.decode('utf-8', 'replace')

    def need(self, key):
        v = self.text(key)
        if v is None:
            g = self.group
            raise Fail('the guest sent no %r (boot of group %s: %s)' % (key, g['name'], g['status']))
        return v

    def regs(self):
        out = {}
        for line in self.need('regs').splitlines():
            p = line.split()
            if len(p) == 2:
                try:
                    out[p[0]] = int(p[1], 16)
                except ValueError:
                    raise Fail('register readback: %r' % line)
        return out

    def intended(self):
        out = {}
        for line in self.need('intended').splitlines():
            p = line.split()
            if len(p) == 2:
                out[p[0]] = int(p[1], 0)
        return out


def setup_check(s):
    """The harness's own check: every register the scenario wrote reads back."""
    regs, want = s.regs(), s.intended()
    for k, v in want.items():
        if regs.get(k) != v:
            raise Fail('harness: %s reads 0x%x after writing 0x%x' % (k, regs.get(k, -1), v))
    return regs


# ---- flashrom -V -------------------------------------------------------------

def parse_flashrom(text):
    fr = {'freg': {}, 'pr': {}, 'hsfs_bits': {}}
    m = re.search(r'Found chipset "([^"]+)" with PCI ID ([0-9a-f]{4}):([0-9a-f]{4})', text)
    if m:
        fr['chipset'] = m.group(1)
        fr['pci_id'] = '%s:%s' % (m.group(2), m.group(3))
    for line in text.splitlines():
        m = re.match(r'0x04: 0x([0-9a-f]{4}) \(HSFS\)', line)
        if m:
            fr['hsfs'] = int(m.group(1), 16)
        m = re.match(r'HSFS: (.*)$', line)
        if m:
            for kv in m.group(1).split(','):
                k, _, v = kv.strip().partition('=')
                if v.strip().isdigit():
                    fr['hsfs_bits'][k] = int(v)
        m = re.match(r'0x50: 0x([0-9a-f]{8}) \(FRAP\)', line)
        if m:
            fr['frap'] = int(m.group(1), 16)
        m = re.search(r'FREG(\d+): (.+?) region \(0x([0-9a-f]+)-0x([0-9a-f]+)\) is '
                      r'(read-write|read-only|write-only|locked)\.', line)
        if m:
            fr['freg'][int(m.group(1))] = {
                'name': m.group(2), 'base': int(m.group(3), 16),
                'limit': int(m.group(4), 16), 'access': m.group(5)}
        m = re.search(r'(?<![G\w])PR(\d): Warning: 0x([0-9a-f]+)-0x([0-9a-f]+) is '
                      r'(read-write|read-only|write-only|locked)\.', line)
        if m:
            fr['pr'][int(m.group(1))] = {
                'base': int(m.group(2), 16), 'limit': int(m.group(3), 16),
                'access': m.group(4)}
        m = re.match(r'BIOS_CNTL = 0x([0-9a-f]{2}):', line)
        if m:
            fr['bios_cntl_after'] = int(m.group(1), 16)
    fr['locked_msg'] = 'SPI Configuration is locked down.' in text
    return fr


# ---- spi-inspect's JSON ------------------------------------------------------

def get(j, path):
    cur = j
    for k in path.split('.'):
        if not isinstance(cur, dict) or k not in cur:
            raise Missing(path)
        cur = cur[k]
    return cur


def soft(s, j, path):
    """get() for checks that are extras: a missing key is noted, not a SKIP."""
    try:
        return get(j, path)
    except Missing:
        if path not in s.missing:
            s.missing.append(path)
            s.notes.append('not checked: spi-inspect --json has no key %s' % path)
        return None


def inspect_result(s, name='inspect'):
    """(rc, json or None, stderr) of a spi-inspect run in the guest."""
    rc = s.text(name + '.rc')
    if rc is None:
        s.need(name + '.rc')
    rc = rc.strip()
    if rc == 'absent':
        raise Skip(s.opts.inspect_why or 'spi-inspect was not in the guest')
    rc = int(rc)
    out = s.text(name + '.out') or ''
    err = s.text(name + '.err') or ''
    j = None
    if out.strip():
        try:
            j = json.loads(out)
        except ValueError as e:
            if rc in (2, 64) or 'usage' in err.lower() or 'unrecognized' in err.lower():
                raise Skip('spi-inspect does not take --json yet (exit %d: %s)' % (rc, first_line(err)))
            raise Fail('spi-inspect --json printed invalid JSON (%s): %s' % (e, out[:200]))
    elif rc == 0 and not err.strip():
        raise Skip('spi-inspect printed nothing (exit 0): the pipeline is not wired up yet')
    elif rc == 2:
        raise Skip('spi-inspect does not take --json yet (exit 2: %s)' % first_line(err))
    return rc, j, err


def first_line(t):
    t = t.strip().splitlines()
    return t[0][:160] if t else '(no message)'


def expect(cond, msg, fails):
    if not cond:
        fails.append(msg)


def tri(v):
    return 'null' if v is None else ('true' if v else 'false')


def finding_ids(j):
    fs = get(j, 'findings')
    return {f.get('id'): f.get('severity') for f in fs if isinstance(f, dict)}


# ---- the comparison ---------------------------------------------------------

def pr_decode(raw):
    """PRx as the ICH9 datasheet 316972 and flashrom ichspi.c lay it out."""
    return {'base': (raw & 0x1fff) << 12, 'limit': ((raw >> 16) & 0x1fff) << 12 | 0xfff,
            'wp': bool(raw >> 31 & 1), 'rp': bool(raw >> 15 & 1)}


def compare(s, regs, fr, j, fails):
    """Field by field: HSFS, FRAP, FREGx, PRx, BIOS_CNTL."""
    # Chipset.
    expect('ICH9' in fr.get('chipset', ''), 'flashrom did not report an ICH9 chipset: %r'
           % fr.get('chipset'), fails)
    name = ' '.join(str(get(j, 'chipset.' + k) or '') for k in ('name', 'model') if k in j.get('chipset', {}))
    expect('ICH9' in name, 'chipset name/model %r does not say ICH9 as flashrom does (%s)'
           % (name, fr.get('chipset')), fails)
    lpc_id = soft(s, j, 'chipset.devices.lpc.id')
    if lpc_id is not None or 'chipset.devices.lpc.id' not in s.missing:
        expect(lpc_id == fr.get('pci_id'), 'LPC bridge %r, flashrom found %r' % (lpc_id, fr.get('pci_id')), fails)
    # Q35 has no HECI function (ICH9's would be 00:03.0): the ME is absent, its state unknown.
    presence = soft(s, j, 'me.presence')
    if 'me.presence' not in s.missing:
        expect(presence == 'absent', 'me.presence is %r on a machine without HECI' % presence, fails)
    if 'me.working_state' not in s.missing:
        expect(soft(s, j, 'me.working_state') is None, 'me.working_state is %r without an ME'
               % soft(s, j, 'me.working_state'), fails)

    # HSFS.
    expect(fr.get('hsfs') == get(j, 'spi.hsfs.raw'), 'HSFS raw: flashrom 0x%04x, spi-inspect %r'
           % (fr.get('hsfs', -1), get(j, 'spi.hsfs.raw')), fails)
    for bit in ('FDONE', 'FCERR', 'AEL', 'SCIP', 'FDOPSS', 'FDV', 'FLOCKDN'):
        if bit not in fr['hsfs_bits']:
            fails.append('flashrom printed no HSFS %s' % bit)
            continue
        mine = get(j, 'spi.hsfs.' + bit.lower())
        expect(mine is not None and bool(mine) == bool(fr['hsfs_bits'][bit]),
               'HSFS.%s: flashrom %d, spi-inspect %s' % (bit, fr['hsfs_bits'][bit], tri(mine)), fails)
    locked = bool(fr['hsfs_bits'].get('FLOCKDN'))

    # FRAP and FREGx (printed by flashrom only with a valid descriptor).
    regions = {r.get('index'): r for r in get(j, 'spi.regions')}
    if fr['hsfs_bits'].get('FDV'):
        expect(fr.get('frap') == get(j, 'spi.access.frap'), 'FRAP: flashrom 0x%08x, spi-inspect %r'
               % (fr.get('frap', -1), get(j, 'spi.access.frap')), fails)
        for i in range(5):
            mine = regions.get(i)
            theirs = fr['freg'].get(i)
            if theirs is None:
                expect(mine is None or mine.get('unused') is True,
                       'FREG%d: flashrom calls it unused, spi-inspect %r' % (i, mine), fails)
                continue
            if mine is None:
                fails.append('FREG%d (%s): flashrom decodes it, spi-inspect has no region %d'
                             % (i, theirs['name'], i))
                continue
            r, w = ACCESS[theirs['access']]
            got = (mine.get('base'), mine.get('limit'), mine.get('read'), mine.get('write'))
            want = (theirs['base'], theirs['limit'], r, w)
            expect(got == want, 'FREG%d %s: flashrom 0x%08x-0x%08x %s, spi-inspect %s-%s read=%s write=%s'
                   % (i, theirs['name'], theirs['base'], theirs['limit'], theirs['access'],
                      hex_or(mine.get('base')), hex_or(mine.get('limit')),
                      tri(mine.get('read')), tri(mine.get('write'))), fails)
    else:
        s.notes.append('FDV=0: flashrom prints no FRAP/FREG, so regions were not compared')

    # PRx.
    prs = {p.get('index'): p for p in get(j, 'spi.protected_ranges')}
    for i in range(5):
        mine = prs.get(i)
        if locked:
            theirs = fr['pr'].get(i)
            if theirs is None:
                expect(mine is None or (mine.get('write_protect') is False and mine.get('read_protect') is False),
                       'PR%d: flashrom calls it unused, spi-inspect %r' % (i, mine), fails)
                continue
            r, w = ACCESS[theirs['access']]
            want = (theirs['base'], theirs['limit'], not w, not r)
            src = 'flashrom %s' % theirs['access']
        else:
            d = pr_decode(regs.get('PR%d' % i, 0))
            if not d['wp'] and not d['rp']:
                expect(mine is None or (mine.get('write_protect') is False and mine.get('read_protect') is False),
                       'PR%d: unused in the readback, spi-inspect %r' % (i, mine), fails)
                continue
            want = (d['base'], d['limit'], d['wp'], d['rp'])
            src = 'readback (flashrom clears PRs on an unlocked controller)'
        if mine is None:
            fails.append('PR%d: %s, spi-inspect has no PR%d' % (i, src, i))
            continue
        got = (mine.get('base'), mine.get('limit'), mine.get('write_protect'), mine.get('read_protect'))
        expect(got == want, 'PR%d: %s 0x%08x-0x%08x wp=%s rp=%s, spi-inspect %s-%s wp=%s rp=%s'
               % (i, src, want[0], want[1], tri(want[2]), tri(want[3]), hex_or(got[0]), hex_or(got[1]),
                  tri(got[2]), tri(got[3])), fails)

    bios_cntl_check(s, regs, fr, j, fails)


def bios_cntl_check(s, regs, fr, j, fails):
    before = regs['BIOS_CNTL']
    expect(get(j, 'bios_cntl.raw') == before, 'BIOS_CNTL raw: readback 0x%02x, spi-inspect %r'
           % (before, get(j, 'bios_cntl.raw')), fails)
    for key, bit in (('bioswe', 0), ('ble', 1)):
        mine = get(j, 'bios_cntl.' + key)
        expect(mine is not None and bool(mine) == bool(before >> bit & 1),
               'BIOS_CNTL.%s: readback 0x%02x says %d, spi-inspect %s'
               % (key.upper(), before, before >> bit & 1, tri(mine)), fails)
    # Bit 5 is reserved on ICH9 (SMM_BWP exists from the 5 Series on): unknown, not a value.
    mine = get(j, 'bios_cntl.smm_bwp')
    expect(mine is None, 'BIOS_CNTL bit 5 is not SMM_BWP on ICH9, yet spi-inspect reports smm_bwp=%s'
           % tri(mine), fails)
    if fr is not None and 'bios_cntl_after' in fr:
        # What flashrom itself did (a check of this harness's reading of flashrom).
        want = (before | 0x01) & ~0x22
        expect(fr['bios_cntl_after'] == want, 'harness: flashrom left BIOS_CNTL 0x%02x, expected 0x%02x'
               % (fr['bios_cntl_after'], want), fails)


def hex_or(v):
    return '0x%08x' % v if isinstance(v, int) else tri(v)


def flashrom_of(s):
    rc = s.need('flashrom.rc').strip()
    if rc == 'absent':
        raise Skip('flashrom was not in the guest')
    return int(rc), s.text('flashrom.out') or ''


# ---- scenarios -----------------------------------------------------------------

def sc_pipeline(s):
    fails = []
    cleared = s.need('cleared').split()
    expect(cleared == ['HSFS', '0x0000', 'PR0', '0x00000000'],
           'registers do not clear after FLOCKDN was set (QEMU RCRB not plain memory?): %s' % cleared, fails)
    regs = setup_check(s)
    rc, out = flashrom_of(s)
    fr = parse_flashrom(out)
    expect(fr.get('pci_id') == '8086:2918', 'flashrom found %r, not the Q35 ICH9 8086:2918'
           % fr.get('pci_id'), fails)
    expect(fr.get('hsfs') == regs['HSFS'], 'flashrom HSFS 0x%04x, readback 0x%04x'
           % (fr.get('hsfs', -1), regs['HSFS']), fails)
    expect(fr.get('frap') == regs['FRAP'], 'flashrom FRAP %r, readback 0x%08x'
           % (fr.get('frap'), regs['FRAP']), fails)
    for i in range(5):
        raw = regs['FREG%d' % i]
        base, limit = (raw & 0x1fff) << 12, ((raw >> 16) & 0x1fff) << 12 | 0xfff
        got = fr['freg'].get(i)
        expect(got is not None and (got['base'], got['limit']) == (base, limit),
               'FREG%d: flashrom %r, readback decodes to 0x%08x-0x%08x' % (i, got, base, limit), fails)
    expect(fr['locked_msg'], 'flashrom did not see FLOCKDN', fails)
    s.notes.append('flashrom exit %d; %s' % (rc, ' '.join(s.need('iomem').split())))
    return fails


def check_verdict(s, want, fails):
    """spi-inspect --check: can flashrom -p internal write the BIOS region?"""
    rc = s.text('check.rc')
    if rc is None or rc.strip() == 'absent':
        return
    rc = int(rc)
    err = s.text('check.err') or ''
    if rc == 2:
        s.notes.append('not checked: spi-inspect --check (exit 2: %s)' % first_line(err))
        return
    expect(rc == want, 'spi-inspect --check exit %d, expected %d (%s)' % (rc, want, first_line(err)), fails)


def run_compare(s, want_rc=EXIT_OK, want_check=EXIT_OK):
    fails = []
    regs = setup_check(s)
    rc, j, err = inspect_result(s)
    check_verdict(s, want_check, fails)
    frc, out = flashrom_of(s)
    fr = parse_flashrom(out)
    if 'chipset' not in fr:
        raise Fail('flashrom found no chipset (exit %d): %s' % (frc, first_line(out)))
    expect(rc == want_rc, 'spi-inspect exit %d, expected %d (%s)' % (rc, want_rc, first_line(err)), fails)
    if j is None:
        raise Fail('spi-inspect printed no JSON (exit %d: %s)' % (rc, first_line(err)))
    compare(s, regs, fr, j, fails)
    return fails, j, regs


def sc_unlocked(s):
    fails, j, _ = run_compare(s)
    ids = finding_ids(j)
    expect(ids.get('spi.flockdn') == 'ok', 'spi.flockdn is %r for FLOCKDN=0, expected ok'
           % ids.get('spi.flockdn'), fails)
    expect(not [i for i in ids if i.startswith('spi.region_locked.')],
           'region_locked findings on an all read-write FRAP: %s' % sorted(ids), fails)
    return fails


def sc_locked_me(s):
    fails, j, _ = run_compare(s)
    ids = finding_ids(j)
    expect(ids.get('spi.flockdn') == 'warning', 'spi.flockdn is %r for FLOCKDN=1, expected warning'
           % ids.get('spi.flockdn'), fails)
    expect([i for i in ids if i.startswith('spi.region_locked.')],
           'no spi.region_locked.* finding though FRAP locks the ME region: %s' % sorted(ids), fails)
    # The other two renderers on the same live machine: they run and name the chipset.
    for name in ('text', 'markdown'):
        rc = (s.text(name + '.rc') or 'absent').strip()
        if rc == 'absent':
            continue
        out = s.text(name + '.out') or ''
        expect(int(rc) == EXIT_OK and 'ICH9' in out, 'spi-inspect %s report: exit %s, %d bytes%s'
               % (name, rc, len(out), '' if 'ICH9' in out else ', no "ICH9" in it'), fails)
    return fails


def sc_pr_top(s):
    # PR0 (write-protect, FLOCKDN set) covers 0x7e0000-0x7fffff of BIOS 0x600000-0x7fffff.
    fails, j, _ = run_compare(s, want_check=EXIT_CHECK_PROTECTED)
    prs = {p.get('index'): p for p in get(j, 'spi.protected_ranges')}
    regions = {r.get('index'): r for r in get(j, 'spi.regions')}
    bios = regions.get(1, {}).get('name')
    ov = prs.get(0, {}).get('overlaps')
    expect(ov is not None and bios in ov, 'PR0 covers the top of the BIOS region (%r), overlaps says %r'
           % (bios, ov), fails)
    return fails


def sc_ble_smm_bwp(s):
    # BLE set; bit 5 is no SMM_BWP on ICH9, so "depends on the SMI handler" (23), not 22.
    # PR0 0x1f0000-0x1fffff lies below the BIOS region (0x200000-0x3fffff).
    fails, j, regs = run_compare(s, want_check=EXIT_CHECK_BLE)
    ids = finding_ids(j)
    expect('bios.ble' in ids, 'no finding bios.ble with BLE set: %s' % sorted(ids), fails)
    expect('bios.smm_bwp' not in ids, 'finding bios.smm_bwp on ICH9, where bit 5 is reserved', fails)
    s.notes.append('BIOS_CNTL 0x%02x: bit 5 set; spi-inspect reports smm_bwp=%s (undefined on ICH9)'
                   % (regs['BIOS_CNTL'], tri(get(j, 'bios_cntl.smm_bwp'))))
    return fails


def sc_record_replay(s):
    fails = []
    setup_check(s)
    rc, j, err = inspect_result(s)
    expect(rc == EXIT_OK, 'spi-inspect --save exit %d (%s)' % (rc, first_line(err)), fails)
    snap = s.f.get('snapshot')
    if not snap:
        raise Fail('--save wrote no snapshot in the guest (exit %d: %s)' % (rc, first_line(err)))
    path = os.path.join(s.opts.work, 'record_replay.snapshot')
    with open(path, 'wb') as f:
        f.write(snap)
    p = subprocess.run([s.opts.inspect, '--json', '--from', path], capture_output=True, timeout=60)
    expect(p.returncode == rc, '--from exit %d, live run exit %d (%s)'
           % (p.returncode, rc, first_line(p.stderr.decode('utf-8', 'replace'))), fails)
    live = s.f.get('inspect.out', b'').decode('utf-8', 'replace')
    replay = p.stdout.decode('utf-8', 'replace')
    # Only the provenance may differ: source.kind (live/snapshot) and source.snapshot (the path).
    live, replay = (re.sub(r'("kind": )"(live|snapshot)"', r'\1"..."', t) for t in (live, replay))
    live, replay = (re.sub(r'("snapshot": )("[^"]*"|null)', r'\1"..."', t) for t in (live, replay))
    if live != replay:
        diff = list(difflib.unified_diff(live.splitlines(), replay.splitlines(), 'live (guest)',
                                         'replay (host --from)', lineterm='', n=1))
        fails.append('the replayed report differs from the live one:\n' + '\n'.join(diff[:30]))
    return fails


def sc_not_root(s):
    fails = []
    setup_check(s)
    rc, j, err = inspect_result(s)
    expect(rc == EXIT_NOT_ROOT, 'exit %d as nobody, expected %d (%s)' % (rc, EXIT_NOT_ROOT, first_line(err)), fails)
    if j is None:
        raise Fail('no partial report as nobody (exit %d: %s)' % (rc, first_line(err)))
    expect('ICH9' in str(get(j, 'chipset.name')), 'chipset not identified from sysfs as nobody: %r'
           % get(j, 'chipset.name'), fails)
    for k in ('spi.hsfs.flockdn', 'bios_cntl.ble'):
        expect(get(j, k) is None, '%s is %s as nobody; it cannot be read, so it must be null' % (k, tri(get(j, k))), fails)
    ids = finding_ids(j)
    expect('env.not_root' in ids, 'no finding env.not_root: %s' % sorted(ids), fails)
    check_verdict(s, EXIT_NOT_ROOT, fails)  # the environment's code, not a guess about the flash
    return fails


def hold_preconditions(s, refused):
    iomem = s.need('iomem')
    if 'spivm_hold' not in iomem:
        raise Fail('harness: the test module holds nothing: %r' % iomem)
    dm = s.need('devmem')
    if refused and 'Operation not permitted' not in dm:
        raise Fail('harness: busybox devmem could read the held page: %r' % dm.strip())
    if not refused and 'rc=0' not in dm:
        raise Fail('harness: busybox devmem could not read the held page with iomem=relaxed: %r' % dm.strip())


def sc_strict_devmem(s):
    if s.text('skip') is not None:
        raise Skip(s.text('skip').strip())
    hold_preconditions(s, refused=True)
    fails = []
    regs = setup_check(s)
    frc, out = flashrom_of(s)
    expect(frc != 0 and 'Operation not permitted' in out,
           'harness: flashrom was not refused /dev/mem (exit %d)' % frc, fails)
    rc, j, err = inspect_result(s)
    expect(rc == EXIT_DEVMEM_STRICT, 'exit %d, expected %d (%s)' % (rc, EXIT_DEVMEM_STRICT, first_line(err)), fails)
    check_verdict(s, EXIT_DEVMEM_STRICT, fails)
    text = err + (json.dumps(j) if j else '')
    expect('iomem=relaxed' in text, 'the diagnosis does not mention iomem=relaxed: %s' % first_line(err), fails)
    if j is not None:
        ids = finding_ids(j)
        expect('env.devmem_strict' in ids, 'no finding env.devmem_strict: %s' % sorted(ids), fails)
        expect(get(j, 'spi.hsfs.flockdn') is None, 'HSFS.FLOCKDN is %s though /dev/mem was refused'
               % tri(get(j, 'spi.hsfs.flockdn')), fails)
        bios_cntl_check(s, regs, None, j, fails)  # config space is still readable
    return fails


def sc_itco_wdt(s):
    if s.text('skip') is not None:
        raise Skip(s.text('skip').strip())
    iomem = s.need('iomem')
    # Busy claims show as a nested line under lpc_ich's resource of the same range.
    if len([l for l in iomem.splitlines() if 'iTCO_wdt' in l]) < 2:
        raise Fail('harness: iTCO_wdt did not claim GCS (insmod: %s; iomem: %s)'
                   % (first_line(s.text('insmod') or ''), ' | '.join(iomem.split('\n'))))
    if 'Operation not permitted' not in s.need('devmem'):
        raise Fail('harness: busybox devmem could read SPIBAR with iTCO_wdt bound: %r' % s.need('devmem').strip())
    fails = []
    regs = setup_check(s)
    frc, out = flashrom_of(s)
    expect(frc != 0 and 'Operation not permitted' in out,
           'harness: flashrom was not refused /dev/mem (exit %d)' % frc, fails)
    rc, j, err = inspect_result(s)
    expect(rc == EXIT_DEVMEM_STRICT, 'exit %d, expected %d (%s)' % (rc, EXIT_DEVMEM_STRICT, first_line(err)), fails)
    check_verdict(s, EXIT_DEVMEM_STRICT, fails)
    if j is not None:
        ids = finding_ids(j)
        expect('env.devmem_strict' in ids, 'no finding env.devmem_strict: %s' % sorted(ids), fails)
        expect(get(j, 'spi.hsfs.flockdn') is None, 'HSFS.FLOCKDN is %s though /dev/mem was refused'
               % tri(get(j, 'spi.hsfs.flockdn')), fails)
        bios_cntl_check(s, regs, None, j, fails)
    if 'iTCO' not in err + (json.dumps(j) if j else ''):
        s.notes.append('the diagnosis does not name the holder: /proc/iomem says iTCO_wdt '
                       '(GCS at RCBA+0x3410 shares the page with SPIBAR)')
    return fails


def sc_relaxed_devmem(s):
    if s.text('skip') is not None:
        raise Skip(s.text('skip').strip())
    hold_preconditions(s, refused=False)
    fails, j, _ = run_compare(s, want_check=EXIT_CHECK_BLE)  # BIOS_CNTL 0x02
    env = j.get('environment', {})
    if 'iomem_relaxed' in env:
        expect(env['iomem_relaxed'] is True, 'environment.iomem_relaxed is %s with iomem=relaxed'
               % tri(env['iomem_relaxed']), fails)
    return fails


def sc_lockdown(s):
    fails = []
    ld = s.need('lockdown')
    if '[integrity]' not in ld:
        raise Fail('harness: the kernel is not in integrity lockdown: %r' % ld.strip())
    frc, out = flashrom_of(s)
    expect(frc != 0, 'harness: flashrom ran under lockdown (exit 0)', fails)
    rc, j, err = inspect_result(s)
    expect(rc == EXIT_LOCKDOWN, 'exit %d, expected %d (%s)' % (rc, EXIT_LOCKDOWN, first_line(err)), fails)
    check_verdict(s, EXIT_LOCKDOWN, fails)
    text = err + (json.dumps(j) if j else '')
    expect('lockdown' in text.lower(), 'the diagnosis does not mention lockdown: %s' % first_line(err), fails)
    if j is not None:
        ids = finding_ids(j)
        expect('env.lockdown' in ids, 'no finding env.lockdown: %s' % sorted(ids), fails)
        expect(get(j, 'spi.hsfs.flockdn') is None, 'HSFS.FLOCKDN is %s under lockdown'
               % tri(get(j, 'spi.hsfs.flockdn')), fails)
        # Lockdown forbids /dev/mem, not reading config space: BIOS_CNTL stays known.
        bios_cntl_check(s, s.regs(), None, j, fails)
    return fails


# ---- self-test: every check must be able to fail -------------------------------

def _flip(v):
    return True if v is None else (not v if isinstance(v, bool) else v ^ 0x1000)


def _mut_json(fn):
    def m(files):
        j = json.loads(files['inspect.out'])
        fn(j)
        files['inspect.out'] = json.dumps(j, indent=2).encode()
    return m


def _mut_region_write(j):
    r = [r for r in j['spi']['regions'] if isinstance(r.get('write'), bool)]
    if not r:
        raise KeyError('regions')
    r[0]['write'] = not r[0]['write']


def _mut_pr(j):
    p = [p for p in j['spi']['protected_ranges'] if p.get('write_protect') or p.get('read_protect')]
    if not p:
        raise KeyError('protected_ranges')
    p[0]['limit'] = (p[0].get('limit') or 0) + 0x1000


def _mut_rc(files):
    rc = int(files['inspect.rc'])
    files['inspect.rc'] = b'%d\n' % (1 if rc == 0 else 0)


def _mut_check_rc(files):
    rc = int(files['check.rc'])
    files['check.rc'] = b'%d\n' % (0 if rc else 21)


MUTATIONS = {
    'exit code changed': _mut_rc,
    '--check exit code changed': _mut_check_rc,
    'HSFS.FLOCKDN flipped': _mut_json(lambda j: j['spi']['hsfs'].__setitem__(
        'flockdn', _flip(j['spi']['hsfs']['flockdn']))),
    'BIOS_CNTL.BLE flipped': _mut_json(lambda j: j['bios_cntl'].__setitem__(
        'ble', _flip(j['bios_cntl']['ble']))),
    'a region\'s host write flipped': _mut_json(_mut_region_write),
    'a protected range\'s limit moved': _mut_json(_mut_pr),
    'findings emptied': _mut_json(lambda j: j.__setitem__('findings', [])),
}


def self_test(data, groups, opts, passed):
    """Feed each passing scenario wrong spi-inspect output; each must then FAIL."""
    caught, escaped = 0, []
    for name in passed:
        for label, mutate in MUTATIONS.items():
            s = Scenario(name, data, groups[GROUP_OF[name]], opts)
            if 'inspect.out' not in s.f or not s.f['inspect.out'].strip():
                continue
            if label.startswith('--check') and s.f.get('check.rc', b'absent').strip() in (b'absent', b'2'):
                continue
            try:
                mutate(s.f)
            except (KeyError, TypeError, ValueError):
                continue  # nothing of that kind in this scenario's report
            try:
                fails = globals()['sc_' + name](s)
            except Fail:
                fails = ['raised']
            except (Skip, Missing):
                fails = []
            if fails:
                caught += 1
            elif label not in ('findings emptied',) or name in FINDINGS_ASSERTED:
                escaped.append('%s: %s' % (name, label))
    return caught, escaped


# Scenarios whose checks include a finding id (the others assert fields only).
FINDINGS_ASSERTED = ('unlocked', 'locked_me', 'ble_smm_bwp', 'record_replay', 'not_root',
                     'strict_devmem', 'itco_wdt', 'lockdown')


# ---- main ------------------------------------------------------------------------

def group_state(work, g):
    st = {'name': g, 'status': 'did not run', 'seconds': None}
    try:
        rc = int(open(os.path.join(work, g + '.rc')).read())
        st['seconds'] = open(os.path.join(work, g + '.seconds')).read().strip()
        st['status'] = 'qemu exit %d after %ss' % (rc, st['seconds'])
        if rc == 124:
            st['status'] = 'timed out after %ss' % st['seconds']
        qerr = open(os.path.join(work, g + '.qemu')).read().strip()
        if qerr:
            st['status'] += '; qemu: ' + qerr.splitlines()[-1][:160]
        if not os.path.getsize(os.path.join(work, g + '.data')):
            con = open(os.path.join(work, g + '.console'), errors='replace').read()
            bad = [l for l in con.splitlines() if re.search(r'panic|Failed to execute|not syncing', l)]
            st['status'] += '; no results; console: ' + (bad[0] if bad else con.strip()[-160:])
    except (OSError, ValueError):
        pass
    return st


def write_log(path, lines, counts):
    """The summary block automake's test-suite.log has, so scripts/test can add it up."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, 'w') as f:
        f.write('# TOTAL: %d\n# PASS: %d\n# SKIP: %d\n# XFAIL: 0\n# FAIL: %d\n# XPASS: 0\n# ERROR: 0\n\n'
                % (sum(counts.values()), counts['PASS'], counts['SKIP'], counts['FAIL']))
        f.write('\n'.join(lines) + '\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--work', required=True)
    ap.add_argument('--inspect', required=True)
    ap.add_argument('--inspect-why', default='')
    ap.add_argument('--kernel', default='')
    ap.add_argument('--accel', default='')
    ap.add_argument('--elapsed', default='')
    ap.add_argument('--log', default='', help='also write an automake-style test-suite.log here')
    opts = ap.parse_args()
    lines = []

    def say(line):
        print(line)
        lines.append(line)

    data = {}
    groups = {}
    for g in sorted(set(GROUP_OF.values())):
        data.update(load_data(os.path.join(opts.work, g + '.data')))
        groups[g] = group_state(opts.work, g)
    for g, st in sorted(groups.items()):
        say('boot %s: %s' % (g, st['status']))

    counts = {'PASS': 0, 'FAIL': 0, 'SKIP': 0}
    passed = []
    for name in ORDER:
        s = Scenario(name, data, groups[GROUP_OF[name]], opts)
        try:
            fails = globals()['sc_' + name](s)
            verdict, detail = ('FAIL', fails) if fails else ('PASS', [])
        except Skip as e:
            verdict, detail = 'SKIP', [str(e)]
        except Missing as e:
            if STRICT:
                verdict, detail = 'FAIL', ['spi-inspect --json has no key %s' % e]
            else:
                verdict, detail = 'SKIP', ['spi-inspect --json has no key %s yet' % e]
        except Fail as e:
            verdict, detail = 'FAIL', [str(e)]
        counts[verdict] += 1
        if verdict == 'PASS':
            passed.append(name)
        head = detail[0].splitlines()[0] if verdict == 'SKIP' else ''
        say('%s %s%s' % (verdict, name, ': ' + head if head else ''))
        if verdict == 'FAIL':
            for d in detail:
                say('    ' + d.replace('\n', '\n    '))
        for n in s.notes:
            say('    note: ' + n)
    caught, escaped = self_test(data, groups, opts, passed)
    say('self-test: %d wrong reports fed to the passing scenarios, %d caught' % (caught + len(escaped), caught))
    for e in escaped:
        say('    not caught: ' + e)
    if escaped:
        counts['FAIL'] += 1
        say('FAIL self-test: the checks above let a wrong report pass')
    say('kernel %s, accel %s, %s s in all' % (opts.kernel, opts.accel, opts.elapsed))
    say('%d passed, %d failed, %d skipped' % (counts['PASS'], counts['FAIL'], counts['SKIP']))
    if opts.log:
        write_log(opts.log, lines, counts)
    if counts['FAIL']:
        return 1
    return 0 if counts['PASS'] else 77


if __name__ == '__main__':
    sys.exit(main())
