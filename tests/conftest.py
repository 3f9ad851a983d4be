"""Shared pytest configuration: the hypothesis profiles the test suite runs under.

Three profiles, chosen with the ``HYPOTHESIS_PROFILE`` environment variable:

- ``default`` (local runs): 100 examples, no deadline (the first call of a
  scanner loads lexicons, which must not count as a slow example);
- ``ci``: 300 examples, derandomised so that a CI run is reproducible, and
  every failing example printed as a ``@reproduce_failure`` blob;
- ``fuzz``: a long-running search (20,000 examples, no deadline) for the
  never-raises properties, e.g. ``HYPOTHESIS_PROFILE=fuzz pytest tests/test_robustness.py``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz",
    max_examples=20_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
