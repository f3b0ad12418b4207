if x:
    a
\
  b
