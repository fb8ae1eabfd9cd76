# SPDX-License-Identifier: GPL-2.0-or-later
# contrib/: Ansible's local facts script, installed beside the tool's data for a link
# from /etc/ansible/facts.d (README "Many machines").
ansiblefactsdir = $(pkgdatadir)/ansible
dist_ansiblefacts_SCRIPTS = contrib/ansible/spi_inspect.fact
