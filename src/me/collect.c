/* SPDX-License-Identifier: GPL-2.0-or-later */
/* collect.c - read HFSTS1..6 from config space and sysfs fw_status / fw_ver, on any machine. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chipset/chipset.h"
#include "me/me.h"
#include "me/tables.h"

static const char *const hfsts_name[ME_NHFSTS] = {
	"HFSTS1", "HFSTS2", "HFSTS3", "HFSTS4", "HFSTS5", "HFSTS6",
};

/* 00:00.0 is the host bridge, never an ME interface: a zeroed heci means "none". */
static bool loc_is_set(struct pci_loc l)
{
	return l.domain || l.bus || l.dev || l.fn;
}

static void read_config(struct hw *hw, struct me_raw *raw)
{
	char bdf[16];
	uint64_t v = 0;
	int rc;

	pci_loc_format(raw->loc, bdf, sizeof(bdf));
	rc = hw_pci_read(hw, raw->loc, 0x00, 4, &v);
	reg_set(&raw->id, "VID/DID", 4, rc, v);
	me_say(raw->id.where, sizeof(raw->id.where), "%s cfg 0x00", bdf);

	for (unsigned i = 0; i < ME_NHFSTS; i++) {
		v = 0;
		rc = hw_pci_read(hw, raw->loc, me_hfsts_offset[i], 4, &v);
		reg_set(&raw->cfg[i], hfsts_name[i], 4, rc, v);
		me_say(raw->cfg[i].where, sizeof(raw->cfg[i].where), "%s cfg 0x%02x", bdf,
			 me_hfsts_offset[i]);
	}
}

/* The meiN names of a listing, in order; returns how many (at most max). */
static unsigned mei_names(const struct buf *b, char names[][32], unsigned max)
{
	const char *p = b->data;
	unsigned n = 0;

	while (p && *p) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);

		if (len > 3 && len < 32 && strncmp(p, "mei", 3) == 0 && n < max) {
			memcpy(names[n], p, len);
			names[n][len] = '\0';
			n++;
		}
		p = nl ? nl + 1 : p + len;
	}
	return n;
}

/* "mei0\n" -> "mei0" when the listing holds exactly one meiN; false otherwise. */
static bool only_mei(const struct buf *b, char *name, size_t size)
{
	char names[2][32];

	if (mei_names(b, names, 2) != 1 || strlen(names[0]) >= size)
		return false;
	memcpy(name, names[0], strlen(names[0]) + 1);
	return true;
}

/*
 * The PCI function behind /sys/class/mei/NAME: the "device" link leads to it,
 * and its uevent file (world-readable) says PCI_SLOT_NAME=0000:00:16.0 (Linux
 * drivers/pci/pci-driver.c pci_uevent). A file read, so --save records it.
 */
static bool mei_function(struct hw *hw, const char *name, struct pci_loc *loc)
{
	static const char key[] = "PCI_SLOT_NAME=";
	char path[96], bdf[16];
	struct buf b;
	const char *p;
	bool ok = false;

	me_say(path, sizeof(path), "/sys/class/mei/%s/device/uevent", name);
	if (hw_file_read(hw, path, &b) < 0)
		return false;
	for (p = b.data; p && *p; p += strcspn(p, "\n"), p += *p == '\n') {
		size_t len = strcspn(p, "\n");

		if (strncmp(p, key, sizeof(key) - 1) == 0 && len - (sizeof(key) - 1) < sizeof(bdf)) {
			memcpy(bdf, p + sizeof(key) - 1, len - (sizeof(key) - 1));
			bdf[len - (sizeof(key) - 1)] = '\0';
			ok = pci_loc_parse(bdf, loc);
			break;
		}
	}
	buf_free(&b);
	return ok;
}

/*
 * No interface location from the chipset family (the chipset is not in
 * data/pci-ids, or its config space could not be read): every MEI device the
 * kernel lists, each placed by its "device" link. HFSTS lives on the first
 * function of the interface (HECI1, e.g. 00:16.0; TXE 00:1a.0); of several
 * meiN, the one on the lowest function is taken. Returns false and says why
 * when none will do.
 */
static bool find_class_mei(struct hw *hw, struct me_raw *raw, char *name, size_t size)
{
	char names[8][32];
	struct pci_loc best = { 0 };
	unsigned n, placed = 0;
	struct buf b;
	int rc;

	rc = hw_dir_read(hw, "/sys/class/mei", &b);
	if (rc < 0) {
		raw->sysfs_err = rc;
		if (rc == -ENOENT)
			me_say(raw->sysfs_why, sizeof(raw->sysfs_why),
			       "/sys/class/mei is missing: the mei_me / mei_txe driver is not loaded, "
			       "or this machine has no ME interface");
		else
			me_say(raw->sysfs_why, sizeof(raw->sysfs_why),
			       "/sys/class/mei could not be listed (%s)", hw_errname(rc));
		return false;
	}
	n = mei_names(&b, names, ARRAY_SIZE(names));
	buf_free(&b);
	if (n == 0) {
		raw->sysfs_err = -ENOENT;
		me_say(raw->sysfs_why, sizeof(raw->sysfs_why),
		       "/sys/class/mei lists no meiN device: the driver found no ME interface");
		return false;
	}
	for (unsigned i = 0; i < n; i++) {
		struct pci_loc loc;

		if (!mei_function(hw, names[i], &loc))
			continue;
		if (!placed++ || pci_loc_cmp(loc, best) < 0) {
			best = loc;
			me_say(name, size, "%s", names[i]);
		}
	}
	if (placed) {
		raw->loc = best;
		raw->loc_known = true;
		raw->loc_from_sysfs = true;
		return true;
	}
	if (n == 1) {
		/* An older snapshot or kernel: the one device, its function unknown. */
		me_say(name, size, "%s", names[0]);
		return true;
	}
	raw->sysfs_err = -ENOENT;
	me_say(raw->sysfs_why, sizeof(raw->sysfs_why),
	       "/sys/class/mei lists %u devices and their PCI functions could not be read", n);
	return false;
}

/* Parses "90000245\n09F10506\n..." (Linux mei main.c fw_status_show, "%08X\n" each). */
static int parse_fw_status(const char *text, struct me_raw *raw)
{
	const char *p = text;
	unsigned n = 0;

	while (*p && n < ME_NHFSTS) {
		char *end;
		unsigned long v;

		if (*p == '\n') {
			p++;
			continue;
		}
		errno = 0;
		v = strtoul(p, &end, 16);
		if (end == p || errno || v > 0xffffffffUL || (*end != '\n' && *end != '\0'))
			return -EINVAL;
		reg_set(&raw->sysfs[n], hfsts_name[n], 4, 0, v);
		me_say(raw->sysfs[n].where, sizeof(raw->sysfs[n].where), "%s/fw_status word %u",
			 raw->sysfs_path, n + 1);
		n++;
		p = end;
	}
	while (*p == '\n')
		p++;
	if (*p)
		return -E2BIG;
	raw->sysfs_words = n;
	return 0;
}

static void read_fw_ver(struct hw *hw, struct me_raw *raw)
{
	char path[192];
	struct buf b;
	int rc;

	me_say(path, sizeof(path), "%s/fw_ver", raw->sysfs_path);
	rc = hw_file_read(hw, path, &b);
	if (rc < 0) {
		me_say(raw->fw_ver_why, sizeof(raw->fw_ver_why), "%s could not be read (%s)", path,
			 hw_errname(rc));
		return;
	}
	/* Linux mei main.c fw_ver_show: "%u:%u.%u.%u.%u\n" per block; the first is the code. */
	size_t len = strcspn(b.data ? b.data : "", "\n");
	if (len == 0 || len >= sizeof(raw->fw_ver)) {
		me_say(raw->fw_ver_why, sizeof(raw->fw_ver_why), "%s is empty or too long", path);
	} else {
		memcpy(raw->fw_ver, b.data, len);
		raw->fw_ver[len] = '\0';
	}
	buf_free(&b);
}

static void read_sysfs(struct hw *hw, struct me_raw *raw)
{
	char path[160], name[32] = "";
	struct buf b;
	int rc;

	/* Which meiN belongs to the function: the mei directory under the PCI device. */
	if (raw->loc_known) {
		char bdf[16];

		pci_loc_format(raw->loc, bdf, sizeof(bdf));
		me_say(path, sizeof(path), "/sys/bus/pci/devices/%s/mei", bdf);
		rc = hw_dir_read(hw, path, &b);
		if (rc == 0 && !only_mei(&b, name, sizeof(name))) {
			buf_free(&b);
			raw->sysfs_err = -ENOENT;
			me_say(raw->sysfs_why, sizeof(raw->sysfs_why),
				 "%s does not list exactly one meiN device", path);
			return;
		}
		buf_free(&b);
		if (rc < 0) {
			raw->sysfs_err = rc;
			if (rc == -ENOENT)
				me_say(raw->sysfs_why, sizeof(raw->sysfs_why),
					 "the kernel has no MEI device for %s (%s is missing: no "
					 "interface there, or the mei_me / mei_txe driver is not loaded)",
					 bdf, path);
			else
				me_say(raw->sysfs_why, sizeof(raw->sysfs_why),
					 "%s could not be listed (%s)", path, hw_errname(rc));
			return;
		}
	} else if (!find_class_mei(hw, raw, name, sizeof(name)))
		return;

	me_say(raw->sysfs_path, sizeof(raw->sysfs_path), "/sys/class/mei/%s", name);
	me_say(path, sizeof(path), "%s/fw_status", raw->sysfs_path);
	rc = hw_file_read(hw, path, &b);
	if (rc < 0) {
		raw->sysfs_err = rc;
		me_say(raw->sysfs_why, sizeof(raw->sysfs_why), "%s could not be read (%s)%s", path,
			 hw_errname(rc),
			 rc == -ENOENT ? ": this kernel is too old to export fw_status" : "");
	} else {
		rc = parse_fw_status(b.data ? b.data : "", raw);
		if (rc < 0) {
			raw->sysfs_err = rc;
			raw->sysfs_words = 0;
			for (unsigned i = 0; i < ME_NHFSTS; i++)
				memset(&raw->sysfs[i], 0, sizeof(raw->sysfs[i]));
			me_say(raw->sysfs_why, sizeof(raw->sysfs_why),
				 "%s is not a list of 32-bit hex words (%s)", path,
				 rc == -E2BIG ? "more than 6 words" : "malformed");
		} else if (raw->sysfs_words == 0) {
			raw->sysfs_err = -ENODATA;
			me_say(raw->sysfs_why, sizeof(raw->sysfs_why),
				 "%s is empty: the driver exports no status words for this generation",
				 path);
		}
		buf_free(&b);
	}
	read_fw_ver(hw, raw);
}

void me_collect(struct hw *hw, const struct chipset_family *fam, struct me_raw *raw)
{
	memset(raw, 0, sizeof(*raw));
	if (fam && loc_is_set(fam->heci)) {
		raw->loc = fam->heci;
		raw->loc.fn = 0; /* HFSTS is valid on function 0 only */
		raw->loc_known = true;
		read_config(hw, raw);
		read_sysfs(hw, raw);
		return;
	}
	/* sysfs first: it names the function, whose config space is then read too. */
	read_sysfs(hw, raw);
	if (raw->loc_from_sysfs)
		read_config(hw, raw);
}
