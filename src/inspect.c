/* SPDX-License-Identifier: GPL-2.0-or-later */
/* inspect.c - the pipeline: only the collect stage touches the hardware interface. */
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

void inspect(struct hw *hw, struct name_db *names, const char *source, struct inspection *in)
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
	env_judge(&in->env);
	if (in->env.problem == ENV_DEVMEM_STRICT && in->spi_raw.spibar_known)
		env_find_holder(hw, &in->env, in->spi_raw.spibar);
	in->reads = hw->reads - before;
	judge(in);
}

enum exit_code inspection_exit_code(const struct inspection *in)
{
	static const enum exit_code by_env[] = {
		[ENV_OK] = EXIT_OK,
		[ENV_NOT_ROOT] = EXIT_NOT_ROOT,
		[ENV_LOCKDOWN] = EXIT_LOCKDOWN,
		[ENV_DEVMEM_STRICT] = EXIT_DEVMEM_STRICT,
	};
	static const enum exit_code by_ident[] = {
		[IDENT_OK] = EXIT_OK,
		[IDENT_NO_DEVICES] = EXIT_NO_BRIDGE,
		[IDENT_NO_BRIDGE] = EXIT_NO_BRIDGE,
		[IDENT_NOT_INTEL] = EXIT_UNSUPPORTED,
		[IDENT_UNSUPPORTED] = EXIT_UNSUPPORTED,
	};

	if (in->env.problem != ENV_OK)
		return by_env[in->env.problem];
	if (in->id.result != IDENT_OK)
		return by_ident[in->id.result];
	if (in->id.family->spibar_via != SPIBAR_NONE && !in->spi_raw.spibar_known)
		return EXIT_SPI_UNREADABLE;
	/* An lspci dump holds config space only: SPIBAR is known, its registers are not. */
	if (in->pci_dump && in->id.family->spibar_via != SPIBAR_NONE &&
	    !reg_ok(spi_status_reg(&in->spi_raw)))
		return EXIT_SPI_UNREADABLE;
	return EXIT_OK;
}
