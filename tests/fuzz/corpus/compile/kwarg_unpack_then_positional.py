f(**k, e
)
