"""ホーム: what needs doing now, read for the home tab. Each section is one short read
(a few columns, a limit and the total in the same query) returning frozen rows, so the
first tab of the window paints quickly however many years of records the file holds."""
