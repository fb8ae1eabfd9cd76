# SPDX-License-Identifier: GPL-2.0-or-later
# systemd/: the service that writes the metrics for node_exporter and its daily timer,
# installed (not enabled) by make install. The service names the binary's installed path.
if HAVE_SYSTEMD_UNITS
nodist_systemdsystemunit_DATA = systemd/spi-inspect.service
dist_systemdsystemunit_DATA = systemd/spi-inspect.timer
endif
EXTRA_DIST += systemd/spi-inspect.service.in
CLEANFILES += systemd/spi-inspect.service
systemd/spi-inspect.service: $(srcdir)/systemd/spi-inspect.service.in Makefile
	$(AM_V_GEN)$(MKDIR_P) systemd && \
	sed -e 's|@bindir[@]|$(bindir)|g' \
		$(srcdir)/systemd/spi-inspect.service.in >$@.tmp && mv $@.tmp $@
all-local: systemd/spi-inspect.service
