import pytest
from support.hostile import labeled_copy


@pytest.fixture
def labeled_db(seeded_copy):
    """A seeded database file with three sentences labeled by "ana"."""
    return labeled_copy(seeded_copy("labeled.db"))
