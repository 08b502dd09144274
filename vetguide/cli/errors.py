"""The command line's exit codes and its one error: a problem the user can fix."""

from __future__ import annotations

EXIT_OK = 0
EXIT_USAGE = 2  # as argparse: the input was wrong; the message says how
EXIT_BROKEN_PIPE = 141  # as a program ended by SIGPIPE: what shells expect of `... | head`


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""
