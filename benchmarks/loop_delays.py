"""How late a short timer on the GUI thread fires: the event loop's stalls, for the desktop benchmarks."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer


class LoopDelays:
    """Start it, let the event loop run; ``delays`` holds how many ms late each tick came (0 = on time)."""

    def __init__(self, tick_ms: int = 5) -> None:
        self.tick_ms = tick_ms
        self.delays: list[float] = []
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last = self._clock.elapsed()
        self._timer = QTimer()
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self._clock.elapsed()
        self.delays.append(now - self._last - self.tick_ms)
        self._last = now

    def start(self) -> None:
        self._last = self._clock.elapsed()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
