"""Moving messages between stations: sync, receiving, the endpoint, offline bundles,
hub relay and the TAXII client. All network code lives here.

May import: :mod:`siaga.base`, :mod:`siaga.protocol`, :mod:`siaga.storage`,
:mod:`siaga.station` and :mod:`siaga.interop`. It works through the station's
services and never touches the database itself.
"""
