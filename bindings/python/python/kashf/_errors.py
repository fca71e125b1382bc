"""The exception raised when an extractor cannot be built."""

from typing import Optional


class LoadError(ValueError):
    """A gazetteer or pattern file (or the configuration) could not be loaded.

    Raised by ``kashf.Extractor(...)``; ``extract`` never raises it.

    Attributes:
        file: the file (or embedded list) at fault, ``None`` for a configuration error
            such as an unknown name in ``skip``.
        line: the 1-based line of that file, ``None`` when the error is not about one
            line (a file that cannot be read).
        reason: what is wrong, without the location.
        kind: ``"data"`` (a bad line), ``"io"`` (a file that cannot be read) or
            ``"config"`` (an inconsistent configuration).

    ``str(error)`` is ``file:line: reason`` (or ``file: reason``, or ``reason`` alone).
    """

    file: Optional[str]
    line: Optional[int]
    reason: str
    kind: str

    def __init__(
        self, file: Optional[str], line: Optional[int], reason: str, kind: str = "data"
    ) -> None:
        super().__init__(file, line, reason, kind)
        self.file = file
        self.line = line
        self.reason = reason
        self.kind = kind

    def __str__(self) -> str:
        if self.file is not None and self.line is not None:
            return f"{self.file}:{self.line}: {self.reason}"
        if self.file is not None:
            return f"{self.file}: {self.reason}"
        return self.reason
