"""The draft offered at unlock, and "later" that stops the question until a draft is saved again."""

import time

from siaga.station.drafts import draft_to_offer, offer_later


def test_later_stops_the_offer_until_a_draft_is_saved_again(make_station, draft):
    station = make_station("jakarta")
    assert draft_to_offer(station) is None
    station.save_draft("d1", dict(draft, summary="First"))
    assert draft_to_offer(station)[0] == "d1"
    offer_later(station)
    assert draft_to_offer(station) is None  # the next unlock does not ask
    time.sleep(1.05)  # drafts are stamped to the second
    station.save_draft("d2", dict(draft, summary="Second"))
    assert draft_to_offer(station)[0] == "d2"  # a new draft: asked again
    offer_later(station)
    assert draft_to_offer(station) is None
    station.delete_draft("d2")
    assert draft_to_offer(station) is None  # the older draft was already answered "later"
    time.sleep(1.05)
    station.save_draft("d1", dict(draft, summary="First, changed"))
    assert draft_to_offer(station)[2]["summary"] == "First, changed"


def test_later_survives_closing_the_station(make_station, draft):
    from siaga.station import Station

    from helpers import PASSPHRASE
    station = make_station("jakarta")
    station.save_draft("d1", draft)
    offer_later(station)
    home = station.home
    station.close()
    with Station.open(home, PASSPHRASE) as again:
        assert draft_to_offer(again) is None and again.drafts()
