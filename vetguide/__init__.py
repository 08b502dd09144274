"""vetguide: a desktop guide to Erasmus+ opportunities for VET institutions."""

__version__ = "0.1.0"

import logging as _logging

# A library's manners: warnings of vetguide's modules go to the handlers the app sets up (the
# log file), never to Python's last-resort stderr printer, which doubled the command line's
# one-line errors.
_logging.getLogger(__name__).addHandler(_logging.NullHandler())

APP_NAME = "vetguide"  # a name, never translated: texts take it as {app}
