# SPDX-License-Identifier: GPL-2.0-or-later
# tests/fleet.mk - many machines: the Prometheus output against its golden files and
# promtool, node_exporter's textfile collector reading it, Ansible's local facts, --output.
TESTS += tests/prometheus.sh tests/promtool.sh tests/node-exporter.sh tests/output.sh tests/systemd-units.sh tests/ansible-facts.sh
EXTRA_DIST += tests/prometheus.sh tests/promtool.sh tests/node-exporter.sh tests/output.sh tests/systemd-units.sh tests/ansible-facts.sh

# The Debian package: slow (a package build in a clean clone, lintian), so not in make
# check; scripts/test runs it as its own stage. Its summary goes to deb-suite.log.
EXTRA_DIST += tests/deb.sh \
	debian/changelog debian/control debian/copyright debian/rules debian/source/format \
	debian/spi-inspect.docs debian/.gitignore
check-deb: all
	$(MAKE) $(AM_MAKEFLAGS) check TESTS=tests/deb.sh TEST_SUITE_LOG=deb-suite.log
.PHONY: check-deb

# cmocka: the Prometheus renderer on literal facts (escaping, unknown facts, HELP/TYPE)
check_PROGRAMS += tests/test-prometheus
TESTS += tests/test-prometheus
tests_test_prometheus_SOURCES = tests/test-prometheus.c
tests_test_prometheus_CFLAGS = $(TEST_CFLAGS)
tests_test_prometheus_LDADD = $(TEST_LIBS)
