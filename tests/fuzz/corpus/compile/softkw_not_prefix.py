(cases b)
