"""The CLI's task display: plain lines off a terminal, a live table on one; failed tasks shown
failed; vendor text never obeyed as escape codes; log lines above the table."""

from __future__ import annotations

import io
import logging

from songspec import TaskResult, TaskState
from songspec._display import TaskDisplay


def result(task_id: str, state: TaskState, progress: float | None = None, reason: str | None = None) -> TaskResult:
    return TaskResult("ttapi-producer", task_id, state, progress=progress, reason=reason)


def test_off_a_terminal_one_plain_line_per_change() -> None:
    out = io.StringIO()
    with TaskDisplay(["a", "b"], stream=out) as display:
        display.update(result("a", TaskState.QUEUED))
        display.update(result("a", TaskState.QUEUED))  # no change, no line
        display.update(result("a", TaskState.RUNNING, 40))
        display.update(result("b", TaskState.FAILED, reason="content policy\x1b[2J"))
        display.update(result("a", TaskState.SUCCEEDED, 100))
    lines = [line.split("s  ", 1)[1] for line in out.getvalue().splitlines()]
    assert lines == [
        "a  queued",
        "a  running 40%",
        "b  failed (content policy\\x1b[2J)",
        "a  succeeded",
    ]


def test_on_a_terminal_a_live_table_with_failed_shown_failed_and_logs_above() -> None:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        with TaskDisplay(["task-1", "task-2"], stream=out, live=True) as display:
            display.update(result("task-1", TaskState.RUNNING, 35))
            logging.getLogger("songspec").warning("a log line while waiting")
            assert handler.stream is not out  # redirected above the live table while it is drawn
            display.update(result("task-2", TaskState.FAILED, reason="vendor said no"))
            display.update(result("task-1", TaskState.SUCCEEDED, 100))
    finally:
        root.removeHandler(handler)
    text = out.getvalue()
    final = text[text.rindex("task-1") - 10 :]
    assert "succeeded" in final and "failed" in final and "vendor said no" in final
    assert "2/2 done" in final
    assert text.index("a log line while waiting") < text.rindex("2/2 done")
    assert handler.stream is out  # the handler got its stream back
