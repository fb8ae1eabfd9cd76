/* SPDX-License-Identifier: GPL-2.0-or-later */
/* inspect.c - the pipeline: collect (every read) -> decode -> judge; only collect touches hw. */
#include <errno.h>
#include <string.h>

#include "inspect.h"

static void note_regs(struct env *env, const struct reg *regs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (regs[i].read)
			env_note(env, regs[i].status);
}

/* Every register the collectors read, in one place for the environment diagnosis. */
static void note_all(struct inspection *in)
{
	const struct spi_raw *s = &in->spi_raw;
	const struct me_raw *m = &in->me_raw;
	const struct reg singles[] = {
		s->spibar_cfg, s->rcba, s->hsfs, s->frap, s->bm_rap, s->bm_wap,
		s->spis, s->spic, s->bios_cntl, m->id,
	};

	note_regs(&in->env, singles, ARRAY_SIZE(singles));
	note_regs(&in->env, s->freg, SPI_MAX_REGIONS);
	note_regs(&in->env, s->pr, SPI_MAX_PR);
	note_regs(&in->env, m->cfg, ME_NHFSTS);
}

void inspect_flash(struct hw *hw, struct name_db *names, const char *source, bool flash_chip,
		   struct inspection *in)
{
	unsigned long before = hw->reads;
	const struct chipset_family *fam;

	memset(in, 0, sizeof(*in));
	in->source = source;
	in->tool = hw_meta(hw, "tool");
	in->kernel = hw_meta(hw, "kernel");
	in->date = hw_meta(hw, "date");
	in->pci_dump = hw_meta(hw, "pci-dump");
	in->pci_dump_short = hw_meta(hw, "pci-dump-short") != NULL;

	env_probe(hw, &in->env);
	machine_probe(hw, &in->machine);
	identify(hw, names, &in->id);
	fam = in->id.family;
	if (fam) {
		spi_collect(hw, fam, in->id.lpc.loc, &in->spi_raw);
		spi_decode(&in->spi_raw, &in->spi);
		in->spi_collected = true;
	}
	/*
	 * The ME whatever the chipset result: without a family, the kernel's
	 * /sys/class/mei names the interface (no root needed); reported when found.
	 */
	me_collect(hw, fam, &in->me_raw);
	me_decode(&in->me_raw, fam ? fam->me : ME_LAYOUT_UNKNOWN, &in->me);
	in->me_collected = fam || in->me_raw.sysfs_path[0];
	note_all(in);
	/* The last read: who holds SPIBAR's page, wherever /dev/mem said EPERM (strict
	 * devmem or lockdown, which only the judgement below tells apart). */
	if (in->env.refusal == -EPERM && in->spi_raw.spibar_known)
		env_find_holder(hw, &in->env, in->spi_raw.spibar);
	if (flash_chip) /* --image: the chip as Linux's spi-nor driver shows it, for the plan */
		flash_chip_collect(hw, &in->chip);
	in->reads = hw->reads - before;
	/* From here on pure: decisions on what was read. */
	env_judge(&in->env);
	judge(in);
}

void inspect(struct hw *hw, struct name_db *names, const char *source, struct inspection *in)
{
	inspect_flash(hw, names, source, false, in);
}
