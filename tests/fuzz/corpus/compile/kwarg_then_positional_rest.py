f(e=e, e, x=1,
 y
)
