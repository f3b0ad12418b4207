from .. import helpers
leaf_value = helpers.double(21)
