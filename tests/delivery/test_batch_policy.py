"""The batch policy follows the link: halves after a cut, grows after successes, and keeps to the measured rate."""

from siaga.delivery.batch_policy import FLOOR_BYTES, LANE_RATE, START_BYTES, TARGET_SECONDS, BatchPolicy, rebatch


def test_a_slow_link_measured_keeps_batches_to_what_it_carries_in_the_target_time():
    policy = BatchPolicy(ceiling=4 * 1024 * 1024)
    assert policy.limit("p") == START_BYTES and policy.side_by_side("p")
    policy.measured("p", 64 * 1024, 55.0)  # a 9.6 kbit/s link: 1.2 kB/s
    rate = 64 * 1024 / 55.0
    assert policy.rate("p") == rate
    for _ in range(5):  # successes would double the limit; the link's rate holds it
        policy.after_success("p")
    assert policy.limit("p") == int(rate * TARGET_SECONDS) < START_BYTES
    assert not policy.side_by_side("p")  # batches side by side would share the link and each crawl
    assert policy.limit("q") == START_BYTES  # per peer


def test_a_fast_link_is_not_held_back_and_quick_exchanges_measure_nothing():
    policy = BatchPolicy(ceiling=4 * 1024 * 1024)
    policy.measured("p", 2 * 1024 * 1024, 2.5)  # 800 kB/s
    policy.after_success("p")
    assert policy.limit("p") == 2 * START_BYTES and policy.side_by_side("p")
    policy.measured("q", 1500, 1.4)  # one urgent report over a long round trip: latency, not rate
    policy.measured("q", 200 * 1024, 0.5)  # too quick to tell
    assert policy.rate("q") is None and policy.limit("q") == START_BYTES


def test_measurements_are_averaged_and_cuts_still_halve():
    policy = BatchPolicy()
    policy.measured("p", 40 * 1024, 4.0)
    policy.measured("p", 20 * 1024, 4.0)
    assert policy.rate("p") == (10 * 1024 + 5 * 1024) / 2
    assert policy.limit("p") == START_BYTES < 7.5 * 1024 * TARGET_SECONDS  # the rate allows more than the limit
    policy.after_cut("p", 64 * 1024)
    assert policy.limit("p") == START_BYTES // 2 and not policy.side_by_side("p")
    for _ in range(20):
        policy.after_cut("p", 1024)
    assert policy.limit("p") == FLOOR_BYTES
    assert LANE_RATE > 2 * 1024  # two lanes on a lane-worthy link each beat the endpoint's 1 KiB/s


def test_rebatch_keeps_order_and_limits():
    items = [(str(i), b"x" * 1000) for i in range(10)]
    batches = rebatch(items, 3000, 250)
    assert [m for b in batches for m, _ in b] == [str(i) for i in range(10)]
    assert all(sum(len(e) for _, e in b) <= 3000 for b in batches) and len(batches) == 5


def test_a_small_batch_proves_nothing_about_a_larger_one():
    policy = BatchPolicy()
    policy.after_success("p", 1500)  # one urgent report
    assert policy.limit("p") == START_BYTES
    policy.after_success("p", START_BYTES - 100)  # a full batch
    assert policy.limit("p") == 2 * START_BYTES
