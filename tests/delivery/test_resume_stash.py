"""What the endpoint keeps of cut uploads: bounded in total, per sender and in time; only the sender continues."""

from siaga.delivery.resume import UploadStash

A, B = "A" * 22, "B" * 22


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_a_cut_upload_is_continued_by_its_sender_only():
    stash = UploadStash()
    assert stash.keep(A, "alice", 0, b"hello ") == 6 and stash.held(A) == 6
    assert stash.keep(A, "alice", 6, b"wor") == 9  # cut again: what came is added
    assert stash.take(A, "alice", 9) == b"hello wor" and stash.take(A, "alice", 4) == b"hell"
    assert stash.take(A, "mallory", 9) is None and stash.take(A, "alice", 10) is None
    assert stash.keep(A, "mallory", 0, b"evil") == 0 and stash.keep(A, "mallory", 9, b"x") == 0
    assert stash.keep(A, "alice", 20, b"gap") == 9  # past the end: not kept, the sender learns what is held
    assert stash.keep("not an id", "alice", 0, b"x") == 0
    stash.drop(A)
    assert stash.held(A) == 0


def test_limits_in_bytes_per_sender_and_time():
    clock = Clock()
    stash = UploadStash(max_bytes=100, per_sender=2, seconds=60, clock=clock)
    ids = [chr(ord("C") + i) * 22 for i in range(4)]
    for n, upload in enumerate(ids[:3]):
        clock.now += 1
        stash.keep(upload, "alice", 0, bytes(10 + n))
    assert [stash.held(i) for i in ids[:3]] == [0, 11, 12]  # two per sender: the oldest went
    stash.keep(ids[3], "bob", 0, bytes(90))  # the total is bounded: the oldest go first
    assert len(stash) <= 100 and stash.held(ids[3]) == 90
    assert stash.keep(A, "bob", 0, bytes(101)) == 0
    clock.now += 61
    assert stash.held(ids[3]) == 0 and len(stash) == 0
