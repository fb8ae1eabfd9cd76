/* SPDX-License-Identifier: GPL-2.0-or-later */
/* machine.c - the DMI strings from /sys/class/dmi/id, and which firmware they name. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "machine.h"
#include "reg.h"

/*
 * Linux drivers/firmware/dmi-id.c: one world-readable file per SMBIOS string.
 * Only these; product_serial, board_serial, chassis_serial and product_uuid
 * are readable by root only and are never read (hw_path_private()).
 */
#define DMI_DIR "/sys/class/dmi/id/"

static const char *const field_key[] = {
	[MACHINE_SYS_VENDOR] = "sys_vendor",
	[MACHINE_PRODUCT_NAME] = "product_name",
	[MACHINE_PRODUCT_VERSION] = "product_version",
	[MACHINE_BOARD_VENDOR] = "board_vendor",
	[MACHINE_BOARD_NAME] = "board_name",
	[MACHINE_BIOS_VENDOR] = "bios_vendor",
	[MACHINE_BIOS_VERSION] = "bios_version",
	[MACHINE_BIOS_DATE] = "bios_date",
};
_Static_assert(ARRAY_SIZE(field_key) == MACHINE_NFIELDS, "field_key out of sync");

static const char *const kind_key[] = {
	[FIRMWARE_UNKNOWN] = "unknown",
	[FIRMWARE_VENDOR] = "vendor",
	[FIRMWARE_COREBOOT] = "coreboot",
	[FIRMWARE_DASHARO] = "dasharo",
};

const char *machine_field_key(enum machine_field f)
{
	return (unsigned)f < ARRAY_SIZE(field_key) ? field_key[f] : "?";
}

const char *firmware_kind_key(enum firmware_kind k)
{
	return (unsigned)k < ARRAY_SIZE(kind_key) ? kind_key[k] : "unknown";
}

const char *machine_get(const struct machine *m, enum machine_field f)
{
	return (unsigned)f < MACHINE_NFIELDS && m->known[f] ? m->value[f] : NULL;
}

static bool contains(const char *s, const char *word)
{
	size_t n = strlen(word);

	for (; s && *s; s++)
		if (strncasecmp(s, word, n) == 0)
			return true;
	return false;
}

/*
 * coreboot's SMBIOS type 0 says vendor "coreboot" (coreboot
 * src/arch/x86/smbios.c smbios_write_type0()), as MrChromebox's and
 * Libreboot's builds of it do. Dasharo says vendor "3mdeb" and a version
 * "Dasharo (coreboot+UEFI) v1.0.19" (Dasharo open-source-firmware-validation
 * platform-configs: DMIDECODE_VENDOR, DMIDECODE_FIRMWARE_VERSION; the
 * "Dasharo (<framework>+<payload>) vX.Y.Z" scheme of Dasharo/docs
 * dev-proc versioning).
 */
static void classify(struct machine *m)
{
	const char *vendor = machine_get(m, MACHINE_BIOS_VENDOR);
	const char *version = machine_get(m, MACHINE_BIOS_VERSION);

	if (!vendor && !version)
		return;
	if (contains(version, "Dasharo") || (vendor && strncasecmp(vendor, "3mdeb", 5) == 0)) {
		m->firmware = FIRMWARE_DASHARO;
		m->firmware_why = contains(version, "Dasharo") ? "bios_version names Dasharo"
							       : "bios_vendor is 3mdeb";
	} else if (contains(vendor, "coreboot") || contains(version, "coreboot")) {
		m->firmware = FIRMWARE_COREBOOT;
		m->firmware_why = contains(vendor, "coreboot") ? "bios_vendor is coreboot"
							       : "bios_version names coreboot";
	} else {
		m->firmware = FIRMWARE_VENDOR;
		m->firmware_why = "bios_vendor names neither coreboot nor Dasharo";
	}
}

void machine_probe(struct hw *hw, struct machine *m)
{
	memset(m, 0, sizeof(*m));
	for (unsigned i = 0; i < MACHINE_NFIELDS; i++) {
		char path[64];
		struct buf b;
		size_t len;

		snprintf(path, sizeof(path), DMI_DIR "%s", field_key[i]);
		if (hw_file_read(hw, path, &b) < 0)
			continue;
		/* One line, as the kernel writes it ("%s\n"); control bytes become '?'. */
		len = strcspn(b.data ? b.data : "", "\n");
		while (len && isspace((unsigned char)b.data[len - 1]))
			len--;
		if (len >= sizeof(m->value[i]))
			len = sizeof(m->value[i]) - 1;
		for (size_t k = 0; k < len; k++)
			m->value[i][k] = (unsigned char)b.data[k] < 0x20 || b.data[k] == 0x7f
						 ? '?' : b.data[k];
		m->value[i][len] = '\0';
		m->known[i] = len > 0;
		buf_free(&b);
	}
	classify(m);
}

/* Appends "; label" (no "; " first) and the values of fields that were read. */
static void add(char *out, size_t size, const char *label, const struct machine *m,
		const enum machine_field *f, size_t n)
{
	size_t len = strlen(out);
	bool first = true;

	for (size_t i = 0; i < n; i++) {
		const char *v = machine_get(m, f[i]);

		if (!v || len >= size)
			continue;
		if (first)
			len += (size_t)snprintf(out + len, size - len, "%s%s%s", len ? "; " : "", label, v);
		else
			len += (size_t)snprintf(out + len, size - len, " %s", v);
		first = false;
	}
	if (len >= size)
		out[size - 1] = '\0';
}

bool machine_describe(const struct machine *m, char *out, size_t size)
{
	static const enum machine_field product[] = {
		MACHINE_SYS_VENDOR, MACHINE_PRODUCT_NAME, MACHINE_PRODUCT_VERSION,
	};
	static const enum machine_field board[] = { MACHINE_BOARD_VENDOR, MACHINE_BOARD_NAME };

	if (!size)
		return false;
	out[0] = '\0';
	add(out, size, "", m, product, ARRAY_SIZE(product));
	add(out, size, "board ", m, board, ARRAY_SIZE(board));
	return out[0] != '\0';
}

bool machine_firmware(const struct machine *m, char *out, size_t size)
{
	static const enum machine_field firmware[] = {
		MACHINE_BIOS_VENDOR, MACHINE_BIOS_VERSION, MACHINE_BIOS_DATE,
	};

	if (!size)
		return false;
	out[0] = '\0';
	add(out, size, "", m, firmware, ARRAY_SIZE(firmware));
	return out[0] != '\0';
}
