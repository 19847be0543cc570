# The two entry points the README starts with.
.PHONY: site test setup

# Set up a fresh machine and build the tutorial site into Site/.
site:
	scripts/setup.sh
	.build/release/notebook build

# Set up a fresh machine and run every test.
test:
	scripts/setup.sh --tests
	scripts/test.sh

setup:
	scripts/setup.sh
