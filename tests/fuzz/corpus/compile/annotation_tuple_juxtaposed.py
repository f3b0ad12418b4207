a, b c d: int = 1
