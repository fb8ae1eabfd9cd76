/* SPDX-License-Identifier: GPL-2.0-or-later */
/* live.c - the live backend: libpci for config space, /dev/mem mapped read-only, sysfs files. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <pci/pci.h>

#include "array.h"
#include "hw/hw.h"
#include "hw/libpci.h"

/*
 * Read-only by construction (DESIGN.md rule 1): libpci is never made
 * writeable and only its read calls are made; /dev/mem is opened O_RDONLY
 * and mapped PROT_READ; sysfs files are opened O_RDONLY.
 */

#define LIVE_PAGES 16                 /* /dev/mem pages kept mapped */
#define LIVE_FILE_MAX (1024 * 1024)   /* largest sysfs/procfs file read */
#define LIVE_DIAG_SIZE 1024

/*
 * The libpci access methods spi-inspect accepts. libpci's own autodetection
 * goes on to intel-conf1/intel-conf2 (iopl and writes to the 0xcf8 address
 * port) and mmio-conf1 when sysfs and procfs are missing; those write a
 * register to read one, so they are refused (rule 1). Without -A, the first
 * two are tried in this order, as libpci's probe sequence would
 * (pciutils lib/init.c, probe_sequence).
 */
static const char *const live_pci_methods[] = { "linux-sysfs", "linux-proc", "dump" };
#define LIVE_AUTO_METHODS 2

struct live_page {
	uint64_t base;   /* physical address of the page */
	const volatile uint8_t *addr;
	int err;         /* -errno of a failed mmap, remembered; 0 when mapped */
	bool used;
};

struct live {
	struct hw hw;
	struct pci_access *pacc;
	char *sysroot;   /* without a trailing slash: "" for "/" */
	char *devmem;
	int mem_fd;      /* -1 until the first mem read */
	int mem_err;     /* -errno of a failed open, remembered; 0 when none */
	int files_err;   /* -ENXIO when files belong to another machine (a dump) */
	char *dump;      /* -A dump: the dump file's name (meta "pci-dump"), else NULL */
	bool dump_short; /* ... and it holds only the 64-byte header of every function */
	bool mem_is_file;/* a regular file stands in for /dev/mem (tests) */
	uint64_t mem_size;
	uint64_t pagesize;
	struct live_page pages[LIVE_PAGES];
	unsigned next_page;
	/* libpci's error handler unwinds to here; messages are kept, not printed. */
	jmp_buf pci_jmp;
	char pci_error[256];
	char pci_warning[256];
	char pci_tried[LIVE_DIAG_SIZE];
};

/*
 * libpci calls its error, warning and debug hooks with the message only, no
 * pointer of ours, and expects error() never to return. The one piece of
 * file-scope mutable state here is therefore this pointer to the live
 * backend whose libpci call is under way (thread-local); it is set around
 * each call and cleared after it.
 */
static _Thread_local struct live *live_current;

static void PRINTF_LIKE(1, 2) live_pci_error(char *msg, ...) __attribute__((noreturn));

static void live_pci_error(char *msg, ...)
{
	struct live *l = live_current;
	va_list ap;

	if (!l)
		abort(); /* libpci called outside the wrappers below: a bug here */
	va_start(ap, msg);
	vsnprintf(l->pci_error, sizeof(l->pci_error), msg, ap);
	va_end(ap);
	longjmp(l->pci_jmp, 1);
}

/* Warnings are quiet: the last one is kept for the diagnosis. */
static void PRINTF_LIKE(1, 2) live_pci_warning(char *msg, ...)
{
	struct live *l = live_current;
	va_list ap;

	if (!l)
		return;
	va_start(ap, msg);
	vsnprintf(l->pci_warning, sizeof(l->pci_warning), msg, ap);
	va_end(ap);
}

static void PRINTF_LIKE(1, 2) live_pci_debug(char *msg, ...)
{
	(void)msg;
}

/* pci_init() then pci_scan_bus(); 0, or -1 with l->pci_error set. */
static int live_pci_start(struct live *l)
{
	int rc;

	live_current = l;
	if (setjmp(l->pci_jmp) == 0) {
		pci_init(l->pacc);
		pci_scan_bus(l->pacc);
		rc = 0;
	} else {
		rc = -1;
	}
	live_current = NULL;
	return rc;
}

/* pci_read_block(); 1 on success, 0 on failure (as libpci says). */
static int live_pci_read_block(struct live *l, struct pci_dev *d, int pos, uint8_t *buf, int len)
{
	volatile int ok = 0;

	live_current = l;
	if (setjmp(l->pci_jmp) == 0)
		ok = pci_read_block(d, pos, buf, len);
	live_current = NULL;
	return ok;
}

static void live_pci_cleanup(struct live *l)
{
	if (!l->pacc)
		return;
	live_current = l;
	if (setjmp(l->pci_jmp) == 0)
		pci_cleanup(l->pacc);
	live_current = NULL;
	l->pacc = NULL;
}

static struct pci_dev *live_pci_find(struct live *l, struct pci_loc loc)
{
	for (struct pci_dev *d = l->pacc->devices; d; d = d->next)
		if (d->domain == loc.domain && d->bus == loc.bus && d->dev == loc.dev &&
		    d->func == loc.fn)
			return d;
	return NULL;
}

static int loc_cmp_qsort(const void *a, const void *b)
{
	return pci_loc_cmp(*(const struct pci_loc *)a, *(const struct pci_loc *)b);
}

static int live_pci_scan(struct hw *hw, struct pci_loc **locs, size_t *n)
{
	struct live *l = hw->priv;
	size_t count = 0, i = 0;
	struct pci_loc *v;

	for (struct pci_dev *d = l->pacc->devices; d; d = d->next)
		count++;
	v = calloc(count ? count : 1, sizeof(*v));
	if (!v)
		return -ENOMEM;
	for (struct pci_dev *d = l->pacc->devices; d; d = d->next) {
		/* Domains above 0xffff (Intel VMD) hold no chipset function. */
		if (d->domain < 0 || d->domain > 0xffff)
			continue;
		/*
		 * No PCI device is above 1f, no function above 7; libpci's dump
		 * reader takes such a line anyway, and a snapshot could not
		 * hold it (snapshot-format.md: bdf).
		 */
		if (d->dev > 0x1f || d->func > 7)
			continue;
		v[i++] = (struct pci_loc){ (uint16_t)d->domain, d->bus, d->dev, d->func };
	}
	qsort(v, i, sizeof(*v), loc_cmp_qsort);
	*locs = v;
	*n = i;
	return 0;
}

static int live_pci_read(struct hw *hw, struct pci_loc loc, unsigned off, unsigned width,
			 uint64_t *val)
{
	struct live *l = hw->priv;
	struct pci_dev *d = live_pci_find(l, loc);
	uint8_t b[8];
	uint64_t v = 0;

	if (!d)
		return -ENODEV;
	if (!live_pci_read_block(l, d, (int)off, b, (int)width)) {
		/*
		 * Linux gives a reader without CAP_SYS_ADMIN only the first
		 * 64 bytes of config space, 128 for a CardBus bridge
		 * (drivers/pci/pci-sysfs.c, pci_read_config();
		 * drivers/pci/proc.c, proc_bus_pci_read()): a short read
		 * beyond them, not as root, means "not root".
		 */
		if (off + width > 0x40 && geteuid() != 0 && !l->dump)
			return -EACCES;
		return -EIO;
	}
	for (unsigned i = width; i-- > 0;) /* config space is little-endian */
		v = v << 8 | b[i];
	*val = v;
	return 0;
}

/* ---- /dev/mem ---------------------------------------------------------- */

static int live_mem_open(struct live *l)
{
	struct stat st;
	int fd;

	if (l->mem_err)
		return l->mem_err;
	if (l->mem_fd >= 0)
		return 0;
	fd = open(l->devmem, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		l->mem_err = -errno;
		return l->mem_err;
	}
	if (fstat(fd, &st) < 0) {
		l->mem_err = -errno;
		close(fd);
		return l->mem_err;
	}
	l->mem_is_file = S_ISREG(st.st_mode);
	l->mem_size = (uint64_t)st.st_size;
	l->mem_fd = fd;
	return 0;
}

/* The mapping of the page at base (page-aligned), mapped on first use. */
static int live_mem_page(struct live *l, uint64_t base, const volatile uint8_t **addr)
{
	struct live_page *p;
	void *m;
	int rc;

	for (unsigned i = 0; i < LIVE_PAGES; i++) {
		p = &l->pages[i];
		if (p->used && p->base == base) {
			*addr = p->addr;
			return p->err;
		}
	}
	rc = live_mem_open(l);
	if (rc)
		return rc;
	if (base > (uint64_t)INT64_MAX - l->pagesize)
		return -EOVERFLOW;

	p = &l->pages[l->next_page];
	l->next_page = (l->next_page + 1) % LIVE_PAGES;
	if (p->used && p->addr)
		munmap((void *)(uintptr_t)p->addr, l->pagesize);
	*p = (struct live_page){ .base = base, .used = true };
	m = mmap(NULL, l->pagesize, PROT_READ, MAP_SHARED, l->mem_fd, (off_t)base);
	if (m == MAP_FAILED) {
		/* EPERM: strict devmem or lockdown; EINVAL/ENXIO: no such range. */
		p->err = -errno;
		return p->err;
	}
	p->addr = m;
	*addr = p->addr;
	return 0;
}

static int live_mem_read(struct hw *hw, uint64_t phys, unsigned width, uint64_t *val)
{
	struct live *l = hw->priv;
	uint64_t base = phys & ~(l->pagesize - 1);
	const volatile uint8_t *page = NULL;
	const volatile void *p;
	int rc;

	rc = live_mem_page(l, base, &page);
	if (rc)
		return rc;
	/* A file standing in for /dev/mem raises SIGBUS past its end. */
	if (l->mem_is_file && phys + width > l->mem_size)
		return -ENXIO;
	p = page + (phys - base);
	switch (width) {
	case 1:
		*val = *(const volatile uint8_t *)p;
		break;
	case 2:
		*val = *(const volatile uint16_t *)p;
		break;
	case 4:
		*val = *(const volatile uint32_t *)p;
		break;
	case 8: {
		/*
		 * Two dword reads, low then high: the PCH's MMIO registers
		 * are specified for byte, word and dword accesses, and a
		 * qword access may not be split the same way by every bridge
		 * on the path.
		 */
		uint64_t lo = *(const volatile uint32_t *)p;
		uint64_t hi = *((const volatile uint32_t *)p + 1);

		*val = hi << 32 | lo;
		break;
	}
	default:
		return -EINVAL;
	}
	return 0;
}

static void live_mem_close(struct live *l)
{
	for (unsigned i = 0; i < LIVE_PAGES; i++)
		if (l->pages[i].used && l->pages[i].addr)
			munmap((void *)(uintptr_t)l->pages[i].addr, l->pagesize);
	if (l->mem_fd >= 0)
		close(l->mem_fd);
	l->mem_fd = -1;
}

/* ---- sysfs and procfs files ------------------------------------------- */

/* sysroot + path into a new string; path must be absolute. */
static int live_path(struct live *l, const char *path, char **full)
{
	size_t r, p;

	if (!path || path[0] != '/')
		return -EINVAL;
	if (l->files_err)
		return l->files_err;
	r = strlen(l->sysroot);
	p = strlen(path);
	if (r + p >= 4096)
		return -ENAMETOOLONG;
	*full = malloc(r + p + 1);
	if (!*full)
		return -ENOMEM;
	memcpy(*full, l->sysroot, r);
	memcpy(*full + r, path, p + 1);
	return 0;
}

static int live_file_read(struct hw *hw, const char *path, struct buf *out)
{
	struct live *l = hw->priv;
	size_t cap = 4096, len = 0;
	char *full, *data, *grown;
	int fd, rc;

	rc = live_path(l, path, &full);
	if (rc)
		return rc;
	fd = open(full, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	rc = -errno;
	free(full);
	if (fd < 0)
		return rc;
	data = malloc(cap + 1);
	if (!data) {
		close(fd);
		return -ENOMEM;
	}
	/* sysfs reports 4096 bytes for every file: read until end of file. */
	for (;;) {
		ssize_t r;

		if (len > LIVE_FILE_MAX) {
			rc = -EOVERFLOW; /* larger than any register file */
			goto fail;
		}
		if (len == cap) {
			/* Up to one byte past the limit, to see whether it ends there. */
			cap = cap * 2 > LIVE_FILE_MAX ? LIVE_FILE_MAX + 1 : cap * 2;
			grown = realloc(data, cap + 1);
			if (!grown) {
				rc = -ENOMEM;
				goto fail;
			}
			data = grown;
		}
		r = read(fd, data + len, cap - len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			rc = -errno;
			goto fail;
		}
		if (r == 0)
			break;
		len += (size_t)r;
	}
	close(fd);
	data[len] = '\0';
	out->data = data;
	out->len = len;
	return 0;
fail:
	close(fd);
	free(data);
	return rc;
}

static int str_cmp_qsort(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int live_dir_read(struct hw *hw, const char *path, struct buf *out)
{
	struct live *l = hw->priv;
	char **names = NULL, **grown, *full, *data;
	size_t n = 0, cap = 0, len = 0;
	struct dirent *e;
	DIR *dir;
	int rc = 0;

	rc = live_path(l, path, &full);
	if (rc)
		return rc;
	dir = opendir(full);
	rc = -errno;
	free(full);
	if (!dir)
		return rc;
	rc = 0;
	errno = 0;
	while ((e = readdir(dir))) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			grown = realloc(names, cap * sizeof(*names));
			if (!grown) {
				rc = -ENOMEM;
				goto out;
			}
			names = grown;
		}
		names[n] = strdup(e->d_name);
		if (!names[n]) {
			rc = -ENOMEM;
			goto out;
		}
		len += strlen(names[n++]) + 1;
		errno = 0;
	}
	if (errno) {
		rc = -errno;
		goto out;
	}
	if (n) /* an empty directory: names is NULL, which qsort must not be given */
		qsort(names, n, sizeof(*names), str_cmp_qsort);
	data = malloc(len + 1);
	if (!data) {
		rc = -ENOMEM;
		goto out;
	}
	len = 0;
	for (size_t i = 0; i < n; i++) {
		size_t k = strlen(names[i]);

		memcpy(data + len, names[i], k);
		len += k;
		data[len++] = '\n';
	}
	data[len] = '\0';
	out->data = data;
	out->len = len;
out:
	closedir(dir);
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

/*
 * The recorder writes the meta lines; a live machine has none of its own but
 * what the reads came from when it is an lspci dump: "pci-dump" (the file)
 * and "pci-dump-short" (every function holds only its 64-byte header).
 */
static const char *live_meta(struct hw *hw, const char *key)
{
	struct live *l = hw->priv;

	if (l->dump && strcmp(key, "pci-dump") == 0)
		return l->dump;
	if (l->dump_short && strcmp(key, "pci-dump-short") == 0)
		return "yes";
	return NULL;
}

static void live_close(struct hw *hw)
{
	struct live *l = hw->priv;

	live_pci_cleanup(l);
	live_mem_close(l);
	free(l->dump);
	free(l->sysroot);
	free(l->devmem);
	free(l);
}

static const struct hw_backend hw_live_backend = {
	.name = "live",
	.pci_scan = live_pci_scan,
	.pci_read = live_pci_read,
	.mem_read = live_mem_read,
	.file_read = live_file_read,
	.dir_read = live_dir_read,
	.meta = live_meta,
	.close = live_close,
};

/* ---- opening ------------------------------------------------------------ */

static bool live_method_allowed(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(live_pci_methods); i++)
		if (strcmp(live_pci_methods[i], name) == 0)
			return true;
	return false;
}

static bool live_param_given(const struct hw_live_options *opt, const char *name)
{
	size_t n = strlen(name);

	for (const char **p = opt->pci_params; p && *p; p++)
		if (strncmp(*p, name, n) == 0 && (*p)[n] == '=')
			return true;
	return false;
}

/* A fresh pci_access with our hooks, the -O parameters and sysroot paths. */
static struct pci_access *live_pci_alloc(struct live *l, const struct hw_live_options *opt,
					 int method, struct failure *fail)
{
	struct pci_access *pacc = pci_alloc();
	char path[4096];

	if (!pacc) {
		failure_set(fail, EXIT_INTERNAL, "libpci: out of memory");
		return NULL;
	}
	pacc->error = live_pci_error;
	pacc->warning = live_pci_warning;
	pacc->debug = live_pci_debug;
	pacc->writeable = 0;
	pacc->method = (unsigned)method;
	/* A sysroot other than "/" holds the machine's /sys and /proc too. */
	if (l->sysroot[0]) {
		snprintf(path, sizeof(path), "%s/sys/bus/pci", l->sysroot);
		if (!live_param_given(opt, "sysfs.path"))
			pci_set_param(pacc, (char *)"sysfs.path", path);
		snprintf(path, sizeof(path), "%s/proc/bus/pci", l->sysroot);
		if (!live_param_given(opt, "proc.path"))
			pci_set_param(pacc, (char *)"proc.path", path);
	}
	for (const char **p = opt->pci_params; p && *p; p++) {
		const char *eq = strchr(*p, '=');
		char name[128];

		if (!eq || eq == *p || (size_t)(eq - *p) >= sizeof(name)) {
			failure_set(fail, EXIT_USAGE, "libpci parameter \"%s\": not of the form name=value",
				    *p);
			failure_todo(fail, "Give libpci parameters as -O name=value, for example -O dump.name=lspci.txt.");
			goto fail;
		}
		memcpy(name, *p, (size_t)(eq - *p));
		name[eq - *p] = '\0';
		if (pci_set_param(pacc, name, (char *)(uintptr_t)(eq + 1)) < 0) {
			failure_set(fail, EXIT_USAGE, "libpci parameter \"%s\": unknown", name);
			failure_why(fail, "This libpci has no parameter of that name.");
			failure_todo(fail, "Run `lspci -O help` to list the parameters libpci knows.");
			goto fail;
		}
	}
	return pacc;
fail:
	pci_cleanup(pacc);
	return NULL;
}

static void live_tried(struct live *l, const char *method, const char *why)
{
	size_t n = strlen(l->pci_tried);

	snprintf(l->pci_tried + n, sizeof(l->pci_tried) - n, "%s%s (%s)", n ? ", " : "", method, why);
}

/*
 * Try one access method: 0 when it initialised and scanned, -1 with the
 * reason added to l->pci_tried, or -2 with *fail set (bad parameters).
 */
static int live_pci_try(struct live *l, const struct hw_live_options *opt, const char *name,
			struct failure *fail)
{
	int method = pci_lookup_method((char *)(uintptr_t)name);

	if (method < 0) {
		live_tried(l, name, "not built into this libpci");
		return -1;
	}
	l->pacc = live_pci_alloc(l, opt, method, fail);
	if (!l->pacc)
		return -2;
	l->pci_error[0] = l->pci_warning[0] = '\0';
	if (live_pci_start(l) < 0) {
		live_tried(l, name, l->pci_error);
		live_pci_cleanup(l);
		return -1;
	}
	/* linux-proc only warns when /proc/bus/pci/devices is missing. */
	if (!l->pacc->devices && l->pci_warning[0]) {
		live_tried(l, name, l->pci_warning);
		live_pci_cleanup(l);
		return -1;
	}
	return 0;
}

static const char *live_method_list(char *buf, size_t size)
{
	buf[0] = '\0';
	for (size_t i = 0; i < ARRAY_SIZE(live_pci_methods); i++) {
		size_t n = strlen(buf);

		snprintf(buf + n, size - n, "%s%s", i ? ", " : "", live_pci_methods[i]);
	}
	return buf;
}

/* The value of -O name=VALUE, or NULL. */
static const char *live_param_value(const struct hw_live_options *opt, const char *name)
{
	size_t n = strlen(name);

	for (const char **p = opt->pci_params; p && *p; p++)
		if (strncmp(*p, name, n) == 0 && (*p)[n] == '=')
			return *p + n + 1;
	return NULL;
}

/*
 * -A dump: which file, and whether it was taken without root. lspci run by a
 * user prints only the first 64 bytes of each function (Linux pci-sysfs.c
 * pci_read_config() gives no more to a reader without CAP_SYS_ADMIN), so a
 * dump in which no function answers past 0x3f was taken that way.
 */
static int live_dump_note(struct live *l, const struct hw_live_options *opt)
{
	const char *name = live_param_value(opt, "dump.name");
	bool any = false, beyond = false;

	l->dump = strdup(name ? name : "(libpci's default dump file)");
	if (!l->dump)
		return -1;
	for (struct pci_dev *d = l->pacc->devices; d; d = d->next) {
		uint8_t b;

		any = true;
		if (live_pci_read_block(l, d, 0x40, &b, 1)) {
			beyond = true;
			break;
		}
	}
	l->dump_short = any && !beyond;
	return 0;
}

static int live_pci_open(struct live *l, const struct hw_live_options *opt, struct failure *fail)
{
	const char *method = opt->pci_method;
	const char *why;
	char list[128];
	int rc;

	if (!libpci_load(&why)) {
		failure_set(fail, EXIT_NO_PCI_ACCESS, "libpci: cannot be loaded: %s", why);
		failure_why(fail, "Live reads go through libpci, which spi-inspect loads only when it reads a machine.");
		failure_todo(fail, "Install it (Debian: apt-get install libpci3), or replay a snapshot with --from FILE.");
		return -1;
	}
	/* lspci -F: a dump file named without -A means the dump method. */
	if (!method && live_param_given(opt, "dump.name"))
		method = "dump";
	if (method) {
		if (!live_method_allowed(method)) {
			bool known = pci_lookup_method((char *)(uintptr_t)method) >= 0;

			failure_set(fail, EXIT_USAGE, "libpci access method \"%s\": %s", method,
				    known ? "refused" : "unknown");
			if (known)
				failure_why(fail, "That method reaches config space through I/O ports or an address register, which means writing to the hardware, and spi-inspect never writes.");
			else
				failure_why(fail, "libpci has no access method of that name.");
			failure_todo(fail, "Use one of %s (-A NAME), or leave -A out.",
				     live_method_list(list, sizeof(list)));
			return -1;
		}
		rc = live_pci_try(l, opt, method, fail);
	} else {
		rc = -1;
		for (size_t i = 0; i < LIVE_AUTO_METHODS && rc == -1; i++)
			rc = live_pci_try(l, opt, live_pci_methods[i], fail);
	}
	if (rc == 0) {
		/*
		 * A dump is another machine, or this one at another time: its
		 * memory and files are not this machine's /dev/mem and /sys.
		 * Unless given explicitly (--devmem, --sysroot), they are not
		 * read, rather than mixed with the dump (ENXIO: no such
		 * device or address, here).
		 */
		if (method && strcmp(method, "dump") == 0) {
			if (!opt->devmem)
				l->mem_err = -ENXIO;
			if (!opt->sysroot)
				l->files_err = -ENXIO;
			if (live_dump_note(l, opt) < 0) {
				failure_set(fail, EXIT_INTERNAL, "live backend: out of memory");
				return -1;
			}
		}
		return 0;
	}
	if (rc == -2)
		return -1;
	failure_set(fail, EXIT_NO_PCI_ACCESS,
		    "PCI configuration space: no libpci access method worked");
	failure_why(fail, "Tried %s.", l->pci_tried);
	if (method && strcmp(method, "dump") == 0)
		failure_todo(fail, "Check that the file given with -O dump.name=FILE exists and holds `lspci -xxxx` output.");
	else
		failure_todo(fail, "Run spi-inspect as root on the machine itself, with sysfs mounted on /sys (mount -t sysfs sysfs /sys), or choose a method with -A (%s).",
			     live_method_list(list, sizeof(list)));
	return -1;
}

struct hw *hw_live_open(const struct hw_live_options *opt, struct failure *fail)
{
	const char *sysroot = opt && opt->sysroot ? opt->sysroot : "/";
	const char *devmem = opt && opt->devmem ? opt->devmem : "/dev/mem";
	struct hw_live_options none = { 0 };
	struct live *l = calloc(1, sizeof(*l));
	size_t n;

	if (!opt)
		opt = &none;
	if (!l)
		goto nomem;
	l->mem_fd = -1;
	l->pagesize = (uint64_t)sysconf(_SC_PAGESIZE);
	l->sysroot = strdup(sysroot);
	l->devmem = strdup(devmem);
	if (!l->sysroot || !l->devmem)
		goto nomem;
	n = strlen(l->sysroot);
	while (n > 0 && l->sysroot[n - 1] == '/')
		l->sysroot[--n] = '\0';
	l->hw.ops = &hw_live_backend;
	l->hw.priv = l;
	if (live_pci_open(l, opt, fail) < 0) {
		live_close(&l->hw);
		return NULL;
	}
	return &l->hw;
nomem:
	if (l) {
		free(l->sysroot);
		free(l->devmem);
		free(l);
	}
	failure_set(fail, EXIT_INTERNAL, "live backend: out of memory");
	return NULL;
}
