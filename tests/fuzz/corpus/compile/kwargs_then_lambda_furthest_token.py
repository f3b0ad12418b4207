def e():n(r=S,lambda
)
