class i:
    ""
\
    ""
    1_
