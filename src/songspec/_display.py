"""The CLI's live view of waiting tasks.

On a terminal (and without NO_COLOR): a rich live table redrawn in place, one row per task with a
spinner while it is unfinished, its state in songspec's vocabulary (queued, running, succeeded,
failed, unknown), a progress bar where the vendor reports progress and the elapsed time; a failed
task is shown failed, with the vendor's reason. Log lines (-v) print above it. Otherwise (a pipe, a
file, NO_COLOR): one plain line per change, for logs and CI.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from types import TracebackType
from typing import Any, TextIO

from ._types import TaskResult, TaskState

STYLE = {
    TaskState.QUEUED: "yellow",
    TaskState.RUNNING: "cyan",
    TaskState.SUCCEEDED: "green",
    TaskState.FAILED: "bold red",
    TaskState.UNKNOWN: "magenta",
}


def printable(text: str | None) -> str:
    """What a vendor wrote, safe to show: control characters (escape sequences that retitle the
    terminal or clear the screen) shown as \\xNN instead of obeyed."""
    if not text:
        return ""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


class TaskDisplay:
    def __init__(self, task_ids: list[str], *, stream: TextIO | None = None, live: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.task_ids = list(task_ids)
        self.latest: dict[str, TaskResult] = {}
        self.started = time.monotonic()
        is_tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.live_mode = (is_tty and not os.environ.get("NO_COLOR")) if live is None else live
        self._live: Any = None
        self._handlers: list[tuple[logging.StreamHandler[Any], Any]] = []
        self._last_plain: dict[str, str] = {}

    # ------------------------------------------------------------------ lifecycle
    def __enter__(self) -> TaskDisplay:
        if self.live_mode:
            from rich.console import Console
            from rich.live import Live

            console = Console(file=self.stream, highlight=False)
            # get_renderable: each refresh redraws, so the spinner turns and the elapsed time runs
            # between the vendor's answers too.
            self._live = Live(console=console, refresh_per_second=8, transient=False, get_renderable=self._table)
            self._live.start()
            # Log lines (-v) go above the table instead of through it.
            for handler in logging.getLogger().handlers:
                if isinstance(handler, logging.StreamHandler) and handler.stream in (sys.stderr, self.stream):
                    self._handlers.append((handler, handler.stream))
                    handler.setStream(_Above(console))
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._live is not None:
            self._live.refresh()
            self._live.stop()
            for handler, stream in self._handlers:
                handler.setStream(stream)

    # ------------------------------------------------------------------ updates
    def update(self, result: TaskResult) -> None:
        self.latest[result.task_id] = result
        if self._live is not None:
            self._live.refresh()
            return
        line = self._plain(result)
        if self._last_plain.get(result.task_id) != line:
            self._last_plain[result.task_id] = line
            self.stream.write(f"{time.monotonic() - self.started:6.1f}s  {line}\n")
            self.stream.flush()

    def _plain(self, result: TaskResult) -> str:
        progress = f" {result.progress:.0f}%" if result.progress is not None and not result.done else ""
        reason = f" ({printable(result.reason)})" if result.failed and result.reason else ""
        return f"{result.task_id}  {result.state}{progress}{reason}"

    def _table(self) -> Any:
        from rich.progress_bar import ProgressBar
        from rich.spinner import Spinner
        from rich.table import Table
        from rich.text import Text

        table = Table.grid(padding=(0, 2))
        elapsed = time.monotonic() - self.started
        done = sum(1 for r in self.latest.values() if r.done)
        for task_id in self.task_ids:
            result = self.latest.get(task_id)
            state = result.state if result else TaskState.QUEUED
            marker: Any = (
                Text("✔", style="green")
                if state is TaskState.SUCCEEDED
                else (Text("✘", style="bold red") if state is TaskState.FAILED else Spinner("dots"))
            )
            if result is not None and result.progress is not None and not result.done:
                progress: Any = ProgressBar(total=100, completed=result.progress, width=20)
            elif state is TaskState.SUCCEEDED:
                progress = ProgressBar(total=100, completed=100, width=20)
            else:
                progress = Text("—" if state is not TaskState.FAILED else "", style="dim")
            detail = printable(result.reason) if result and result.failed and result.reason else ""
            if result is not None and result.progress is not None and not result.done:
                detail = f"{result.progress:.0f}%"
            table.add_row(
                marker, Text(task_id), Text(str(state), style=STYLE[state]), progress, Text(detail, style="red")
            )
        table.add_row("", Text(f"{done}/{len(self.task_ids)} done", style="bold"), Text(f"{elapsed:.0f}s"), "", "")
        return table


class _Above:
    """A stream for logging handlers that prints above the live table."""

    def __init__(self, console: Any) -> None:
        self.console = console

    def write(self, text: str) -> int:
        if text.strip():
            self.console.print(text.rstrip("\n"), markup=False, highlight=False)
        return len(text)

    def flush(self) -> None:
        return
