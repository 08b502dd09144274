"""Reports: a shortlist as an HTML decision memo (pure) and as a PDF (QtGui)."""


class ExportError(Exception):
    """An export failed; the message says what went wrong and where, in one line."""
