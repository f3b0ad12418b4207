from .helpers import double
from . import sub
NAME = "relpkg"
