# SPDX-License-Identifier: GPL-2.0-or-later
# tests/fleet.mk - many machines: the Prometheus output against its golden files and
# promtool, node_exporter's textfile collector reading it, Ansible's local facts, --output.
TESTS += tests/prometheus.sh tests/promtool.sh tests/node-exporter.sh tests/output.sh tests/systemd-units.sh tests/ansible-facts.sh
EXTRA_DIST += tests/prometheus.sh tests/promtool.sh tests/node-exporter.sh tests/output.sh tests/systemd-units.sh tests/ansible-facts.sh \
	tests/expected/tigerlake-lp.prom tests/expected/ich7.prom tests/expected/pch600.prom \
	tests/expected/me-z790-nonroot-sysfs.prom
