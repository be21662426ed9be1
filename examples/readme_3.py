"""Written by scripts/readme_examples.py from README.md (block 3); edit the README, not this."""

from songspec import Songspec, VirtualClock
from songspec.testing import FakeVendor, FaultPlan

clock = VirtualClock()
fake = FakeVendor("acedata-producer", clock=clock, faults=FaultPlan(rate=0.2))
api = Songspec("acedata-producer", api_key="test", transport=fake.transport(), clock=clock)
assert api.generate("lo-fi").succeeded  # minutes of vendor time, milliseconds of yours
