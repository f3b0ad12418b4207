"""Storage helpers; `codec` needs the package version from the top-level package."""
