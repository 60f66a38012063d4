"""Worker processes fed over pipes: tasks in, each task's result back in order.

A lighter :class:`multiprocessing.pool.Pool` for one pattern: the parent hands out
tasks and parses beside its workers. Pool's three handler threads take the GIL
from the parent's own parsing (measured: a folder of 5,000 pages with two jobs
~3% slower), and a worker that dies leaves Pool waiting forever; here a task goes
straight down its worker's pipe, and a dead worker is an error at once.

A task handed out but not begun can be taken back (:meth:`Result.take_back`): at
the end of a run the parent runs the last tasks itself instead of waiting while a
worker works through a queue of them.
"""

from __future__ import annotations

import collections
import contextlib
import pickle
import queue
import signal
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

__all__ = ["Result", "WorkerDied", "Workers"]

T = TypeVar("T")

# Tasks up to this size are written by the parent itself (a pipe holds more).
_DIRECT = 16 << 10
# The task pipe's buffer (Linux's default is 64 KB; an unprivileged process may ask
# up to /proc/sys/fs/pipe-max-size, 1 MB unless changed).
_PIPE_SIZE = 1 << 20

# Who runs a task: each task in hand has a slot, shared with its worker, that the
# worker or the parent claims (under a shared lock) before running it. A task whose
# slot is still held by an unclaimed one gets none (-1): it is not taken back.
_SLOTS = 1024
_OPEN, _RUN, _TAKEN = 0, 1, 2


class WorkerDied(RuntimeError):
    """A worker process ended before it sent a task's result."""


def _serve(
    tasks: Connection, answers: Connection, function: Callable[[Any], Any], claims: Any, lock: Any
) -> None:
    """A worker's loop: a task in, its result (or the exception it raised) out; a task
    the parent took back is passed over without an answer."""
    # Ctrl-C is the parent's to handle: it ends the workers at once.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            message = tasks.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        slot, task = message
        if slot >= 0:
            with lock:
                taken = claims[slot] == _TAKEN
                claims[slot] = _RUN
            if taken:
                continue
        try:
            answer: tuple[bool, Any] = (True, function(task))
        except Exception as error:
            answer = (False, error)
        try:
            answers.send(answer)
        except (OSError, ValueError):
            return
        except Exception as error:  # an exception (or result) that does not pickle
            answers.send((False, WorkerDied(f"{type(error).__name__}: {error}")))


class Result(Generic[T]):
    """A task's result, once its worker has sent it."""

    __slots__ = ("_done", "_ok", "_slot", "_value", "_worker")

    def __init__(self, worker: _Worker, slot: int) -> None:
        self._worker = worker
        self._slot = slot
        self._done = False
        self._ok = False
        self._value: Any = None

    def ready(self) -> bool:
        """Whether :meth:`get` would return at once."""
        if not self._done:
            # Every worker's answers are taken as they come, not only this one's: a
            # worker whose answer fills its pipe would wait for its turn otherwise.
            for worker in self._worker.siblings:
                while worker.waiting and worker.connection.poll():
                    worker.receive()
        return self._done

    def get(self) -> T:
        """The result (waited for), or the worker's exception raised here."""
        while not self._done:
            self._worker.receive()
        if not self._ok:
            raise self._value
        value: T = self._value
        return value

    def _set(self, ok: bool, value: Any) -> None:
        self._done, self._ok, self._value = True, ok, value

    def take_back(self) -> bool:
        """Whether the task was taken back from its worker, which had not begun it and
        now never will: the caller runs it instead (this result never comes)."""
        worker, slot = self._worker, self._slot
        if self._done or slot < 0 or not worker.process.is_alive():
            return False
        with worker.claim_lock:
            if worker.claims[slot] != _OPEN:
                return False
            worker.claims[slot] = _TAKEN
        worker.waiting.remove(self)
        self._slot = -1
        return True


def _widen(pipe: Connection) -> None:
    """Asks for a bigger pipe buffer, where the system has the call (Linux) and allows it."""
    try:
        import fcntl

        fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
    except (ImportError, AttributeError, OSError):
        pass


class _Worker:
    """One process, its pipe, and its tasks not yet answered (oldest first)."""

    def __init__(self, context: Any, function: Callable[[Any], Any]) -> None:
        # One pipe each way, not multiprocessing's duplex socket pair: the socket moves
        # a 4 MB task (a block of JSON Lines) in small pieces, each a wake-up of both
        # processes. Measured, 100 tasks of 4 MB: 0.50–0.66 s of system time through
        # the socket pair, 0.27–0.33 s through a pipe of 1 MB.
        tasks, self.tasks = context.Pipe(duplex=False)
        self.connection, answers = context.Pipe(duplex=False)
        _widen(self.tasks)
        self.claims = context.RawArray("b", _SLOTS)
        self.claim_lock = context.Lock()
        self.sequence = 0  # tasks handed to it so far
        self.process = context.Process(
            target=_serve,
            args=(tasks, answers, function, self.claims, self.claim_lock),
            daemon=True,
        )
        self.process.start()
        tasks.close()
        answers.close()
        self.waiting: collections.deque[Result[Any]] = collections.deque()
        # A big task (4 MB of JSON Lines) fills the pipe until the worker is done with
        # the task before, while the parent should be parsing: a thread of its own
        # writes it (waiting without the GIL). Small tasks are written at once when
        # nothing is queued before them (the thread cost a folder's run ~2%).
        self.outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self.queued = 0  # tasks in the outbox or being written
        self.lock = threading.Lock()
        self.sender = threading.Thread(target=self._send, daemon=True)
        self.siblings: list[_Worker] = [self]

    def send(self, data: bytes) -> None:
        """Writes a task to the worker, in order with those before it."""
        with self.lock:
            direct = not self.queued and len(data) <= _DIRECT
            self.queued += not direct
        if not direct:
            self.outbox.put(data)
            return
        # (A worker that is gone fails its tasks in receive(), each.)
        with contextlib.suppress(OSError):
            self.tasks.send_bytes(data)

    def _send(self) -> None:
        while (data := self.outbox.get()) is not None:
            with contextlib.suppress(OSError):
                self.tasks.send_bytes(data)
            with self.lock:
                self.queued -= 1

    def receive(self) -> None:
        """The next answer, for the oldest task still waiting."""
        try:
            ok, value = self.connection.recv()
        except (EOFError, OSError):
            ok, value = False, WorkerDied(f"worker process ended ({self.process.exitcode})")
            # Every task it held is lost: each says so.
            while len(self.waiting) > 1:
                self.waiting.pop()._set(False, value)
        self.waiting.popleft()._set(ok, value)


class Workers:
    """``count`` processes that run ``function`` on the tasks handed to them."""

    def __init__(self, count: int, function: Callable[[Any], Any]) -> None:
        import multiprocessing  # (17 ms to import: only for workers)

        context = multiprocessing.get_context()
        self._workers = [_Worker(context, function) for _ in range(count)]
        for worker in self._workers:
            worker.siblings = self._workers
        # Threads only once every worker is forked: a fork copies no thread, and a
        # lock one held would stay held in the child.
        for worker in self._workers:
            worker.sender.start()

    def alive(self) -> bool:
        """Whether a worker is still running."""
        return any(worker.process.is_alive() for worker in self._workers)

    def submit(self, task: Any) -> Result[Any]:
        """Hands the task to the worker with the fewest tasks in hand (a running one,
        while there is one)."""
        running = [worker for worker in self._workers if worker.process.is_alive()]
        worker = min(running or self._workers, key=lambda w: len(w.waiting))
        slot = worker.sequence % _SLOTS
        # A slot is free once the task that had it was claimed (a claim only ever
        # leaves _OPEN, so a stale read costs the new task its slot, nothing more).
        if worker.sequence >= _SLOTS and worker.claims[slot] == _OPEN:
            slot = -1
        else:
            worker.claims[slot] = _OPEN
        worker.sequence += 1
        result: Result[Any] = Result(worker, slot)
        worker.waiting.append(result)
        worker.send(pickle.dumps((slot, task), pickle.HIGHEST_PROTOCOL))
        return result

    def close(self) -> None:
        """Asks every worker to end once its tasks are done, and waits for it."""
        for worker in self._workers:
            worker.send(pickle.dumps(None))
            worker.outbox.put(None)
        for worker in self._workers:
            worker.sender.join()
            worker.process.join()
            worker.tasks.close()
            worker.connection.close()

    def terminate(self) -> None:
        """Ends every worker now, whatever it holds."""
        for worker in self._workers:
            worker.process.terminate()
            worker.outbox.put(None)
        for worker in self._workers:
            worker.process.join()
            worker.tasks.close()
            worker.connection.close()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        if kind is None:
            self.close()
        else:
            self.terminate()
