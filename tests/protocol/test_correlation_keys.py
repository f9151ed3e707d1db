"""Correlation keys of content already checked: the same keys without normalising its indicators again."""

from datetime import datetime, timezone

import pytest

from siaga.protocol.codebook import current
from siaga.protocol.correlation_keys import report_keys
from siaga.protocol.message import check_content, report_fields

INDICATORS = [
    {"type": "ipv4-addr", "value": "203.0.113.7"},
    {"type": "ipv4-addr", "value": "198.51.100.0/32"},
    {"type": "ipv6-addr", "value": "2001:DB8::1"},
    {"type": "domain-name", "value": "Update-Check.example."},
    {"type": "domain-name", "value": "bücher.example"},
    {"type": "url", "value": "hxxps://Update-Check[.]example:443/payload.bin"},
    {"type": "url", "value": "http://198.51.100.9:8080/a?b=c"},
    {"type": "email-addr", "value": "Phish@Login-Kemlu.example"},
    {"type": "sha256", "value": "9F2C7E4B1A0D3C5E6F708192A3B4C5D6E7F8091A2B3C4D5E6F708192A3B4C5D6"},
]


@pytest.mark.parametrize("item", INDICATORS, ids=lambda i: i["value"])
def test_checked_content_gives_the_keys_a_fresh_normalisation_gives(item, draft):
    book = current()
    fields = report_fields(dict(draft, indicators=[item], sectors=["government"]), book,
                           datetime.now(timezone.utc))
    assert report_keys(fields, checked=True) == report_keys(fields)
    assert report_keys(fields, checked=True)  # there is something to compare


def test_received_content_is_in_normal_form_so_checked_keys_hold(make_station, draft):
    station = make_station()
    peer = station.add_peer(make_station("kl", country="MY").card_bytes())
    msg_id = station.file_report(dict(draft, to=[peer.id], indicators=INDICATORS))
    content = station.read_outbox(msg_id).content
    check_content(content, station.books)  # what a receiver checks before it indexes
    assert report_keys(content, checked=True) == report_keys(content)


def test_an_addresss_probe_keys_are_ipaddresss_supernets():
    """The probe keys of an IPv4 address are worked out by masking; the same as ipaddress's supernets."""
    import ipaddress
    import random

    from siaga.protocol.correlation_keys import V4_STEPS, _network_key, address_probe_keys

    rng = random.Random(20261130)
    addresses = ["0.0.0.0", "255.255.255.255", "10.0.0.1", "203.0.113.7"] + [
        str(ipaddress.IPv4Address(rng.getrandbits(32))) for _ in range(2000)]
    for address in addresses:
        net = ipaddress.ip_network(address)
        expected = [_network_key("ipv4-addr", net.supernet(new_prefix=s)) for s in V4_STEPS if s < 32]
        assert address_probe_keys("ipv4-addr", address) == expected
        assert address_probe_keys("url", f"http://{address}/x") == expected
