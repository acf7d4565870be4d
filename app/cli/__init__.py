"""The command line (``jimukyoku …``): the GUI by default, plus headless subcommands,
one module per command group; :mod:`app.cli.run` parses and dispatches."""
