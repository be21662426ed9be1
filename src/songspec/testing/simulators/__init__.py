"""One simulator per wire format (not per reseller where the format is shared), used by FakeVendor,
the benchmarks, the tests and the sandbox server."""

from __future__ import annotations

from ...vendors import Vendor
from ._base import Route, Simulator
from .acedata_producer import AceDataProducerSimulator
from .newapi import ProducerClipsSimulator, SunoClipsSimulator
from .ttapi_producer import TTAPIProducerSimulator
from .ttapi_suno import TTAPISunoSimulator

SIMULATORS: dict[str, type[Simulator]] = {
    "acedata-producer": AceDataProducerSimulator,
    "new-api/producer": ProducerClipsSimulator,
    "new-api/suno": SunoClipsSimulator,
    "ttapi-producer": TTAPIProducerSimulator,
    "ttapi-suno": TTAPISunoSimulator,
}
"""Codec.wire_format -> the simulator that speaks it."""

__all__ = ["SIMULATORS", "Route", "Simulator", "simulator_for"]


def simulator_for(vendor: Vendor) -> Simulator:
    return SIMULATORS[vendor.codec.wire_format](vendor)
