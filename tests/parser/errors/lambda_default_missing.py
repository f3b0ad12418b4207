lambda x=: x
