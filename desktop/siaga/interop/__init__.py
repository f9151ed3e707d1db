"""The formats other CSIRT tools speak: STIX 2.1 export and import, MISP export.

May import: :mod:`siaga.station` and below (:mod:`siaga.storage`, :mod:`siaga.protocol`, :mod:`siaga.base`).
"""
