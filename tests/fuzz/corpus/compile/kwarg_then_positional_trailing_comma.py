f(e=e, e,
)
