f(a=1,
 lambda
)
