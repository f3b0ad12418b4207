from .. import helpers
from ..helpers import double as twice
from .leaf import leaf_value
