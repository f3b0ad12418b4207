x = (
  y.
  __debug__) = 1
