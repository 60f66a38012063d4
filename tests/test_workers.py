"""Worker processes fed over pipes (tweetembed.workers)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tweetembed.workers import WorkerDied, Workers


def _double(task: object) -> object:
    if task == "raise":
        raise ValueError("asked to")
    if task == "die":
        os._exit(3)
    if isinstance(task, bytes):
        return len(task)
    assert isinstance(task, int)
    return task * 2


def test_results_come_back_in_the_order_of_their_tasks() -> None:
    with Workers(2, _double) as workers:
        results = [workers.submit(n) for n in range(50)]
        assert [result.get() for result in results] == [n * 2 for n in range(50)]


def test_big_tasks_between_small_ones_keep_their_order() -> None:
    # Tasks over the size written at once go by the sender thread; one of 3 MB is
    # more than a pipe holds, so its writer waits for the worker.
    tasks: list[object] = [1, b"x" * (3 << 20), 2, b"y" * 20_000, 3, b"z" * 10, 4]
    with Workers(1, _double) as workers:
        results = [workers.submit(task) for task in tasks]
        assert [r.get() for r in results] == [2, 3 << 20, 4, 20_000, 6, 10, 8]


def test_ready_is_true_once_the_answer_is_in() -> None:
    with Workers(1, _double) as workers:
        result = workers.submit(21)
        assert result.get() == 42
        assert result.ready()


def test_a_task_that_raises_raises_in_the_parent_and_the_worker_goes_on() -> None:
    with Workers(1, _double) as workers:
        failing = workers.submit("raise")
        after = workers.submit(5)
        with pytest.raises(ValueError, match="asked to"):
            failing.get()
        assert after.get() == 10


def test_a_worker_that_dies_fails_every_task_it_held() -> None:
    with Workers(1, _double) as workers:
        before = workers.submit(1)
        dying = workers.submit("die")
        lost = workers.submit(2)
        assert before.get() == 2
        with pytest.raises(WorkerDied, match="worker process ended"):
            dying.get()
        with pytest.raises(WorkerDied):
            lost.get()
        with pytest.raises(WorkerDied):  # handed out after its death
            workers.submit(3).get()


def test_no_process_is_left_after_close_or_terminate() -> None:
    workers = Workers(2, _double)
    processes = [w.process for w in workers._workers]
    assert workers.submit(1).get() == 2
    workers.close()
    assert [p.exitcode for p in processes] == [0, 0]
    workers = Workers(2, _double)
    processes = [w.process for w in workers._workers]
    workers.submit(1)
    workers.terminate()
    assert all(p.exitcode is not None for p in processes)


@pytest.mark.skipif(not hasattr(__import__("fcntl"), "F_GETPIPE_SZ"), reason="no F_GETPIPE_SZ")
def test_tasks_go_down_a_one_way_pipe_of_a_megabyte() -> None:
    import fcntl
    import stat
    from pathlib import Path

    # (An unprivileged process may not ask past the system's cap; 1 MB by default.)
    cap = int(Path("/proc/sys/fs/pipe-max-size").read_text())
    with Workers(1, _double) as workers:
        worker = workers._workers[0]
        fd = worker.tasks.fileno()
        assert stat.S_ISFIFO(os.fstat(fd).st_mode)  # a pipe, not a socket
        assert fcntl.fcntl(fd, fcntl.F_GETPIPE_SZ) == (
            1 << 20 if cap >= 1 << 20 or os.geteuid() == 0 else 65536
        )
        assert stat.S_ISFIFO(os.fstat(worker.connection.fileno()).st_mode)
        assert workers.submit(b"x" * (3 << 20)).get() == 3 << 20


def _held(task: object) -> object:
    """Waits, once begun, until the file the task names exists (it says it began by
    writing its own): a worker held busy for as long as a test needs."""
    assert isinstance(task, tuple)
    gate, began, value = task
    with open(began, "w"):
        pass
    while not os.path.exists(gate):
        time.sleep(0.005)
    return value


def _wait_for(path: str) -> None:
    deadline = time.monotonic() + 30
    while not os.path.exists(path):
        assert time.monotonic() < deadline, f"{path} never written"
        time.sleep(0.005)


def test_tasks_not_begun_are_taken_back_and_never_answered(tmp_path: Path) -> None:
    gate = str(tmp_path / "gate")
    began = [str(tmp_path / f"began{k}") for k in range(4)]
    with Workers(1, _held) as workers:
        first = workers.submit((gate, began[0], "first"))
        second = workers.submit((gate, began[1], "second"))
        third = workers.submit((gate, began[2], "third"))
        _wait_for(began[0])
        assert not first.take_back()  # begun: the worker has it
        assert third.take_back()
        assert second.take_back()
        assert not second.take_back()  # (once)
        open(gate, "w").close()
        assert first.get() == "first"
        # The worker passes over what was taken back, and answers what comes next.
        fourth = workers.submit((gate, began[3], "fourth"))
        assert fourth.get() == "fourth"
        assert not fourth.take_back()  # done
    assert not os.path.exists(began[1]) and not os.path.exists(began[2])


def test_take_back_of_a_dead_workers_task_leaves_it_failed() -> None:
    with Workers(1, _double) as workers:
        dying = workers.submit("die")
        lost = workers.submit(2)
        with pytest.raises(WorkerDied):
            dying.get()
        assert not lost.take_back()
        with pytest.raises(WorkerDied):
            lost.get()
