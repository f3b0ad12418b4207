def f():
  nonlocal __debug__
