"""The command line: ``vetguide`` launches the app; sub-commands answer without a display.

One module per group of commands, each adding its sub-parsers (``add_commands``) and holding
its command functions ``(args, out) -> int``:

- :mod:`~vetguide.cli.guide`: ``recommend``, ``catalogue``, ``export``
- :mod:`~vetguide.cli.planning`: ``calendar``, ``budget``
- :mod:`~vetguide.cli.data`: ``data install | list | remove``
- :mod:`~vetguide.cli.shortlist`: ``shortlist …``
- :mod:`~vetguide.cli.desktop`: ``install-desktop``

:mod:`~vetguide.cli.command` builds the parser and dispatches; :mod:`~vetguide.cli.errors`
holds :class:`CliError` and the exit codes; :mod:`~vetguide.cli.options` the shared options.
"""

from vetguide.cli.command import build_parser, gui_main, main, run
from vetguide.cli.errors import EXIT_OK, EXIT_USAGE, CliError

__all__ = ["EXIT_OK", "EXIT_USAGE", "CliError", "build_parser", "gui_main", "main", "run"]
