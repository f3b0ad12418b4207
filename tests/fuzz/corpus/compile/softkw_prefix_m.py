(m u)
