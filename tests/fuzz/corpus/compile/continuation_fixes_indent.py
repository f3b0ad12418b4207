if x:
  \
    pass
