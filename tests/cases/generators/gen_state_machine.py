def traffic_light():
    while True:
        yield 'green'
        yield 'yellow'
        yield 'red'
t = traffic_light()
print([next(t) for _ in range(7)])
def tokenizer(text):
    num = ''
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            if num:
                yield ('NUM', int(num))
                num = ''
            if ch in '+-*/()':
                yield ('OP', ch)
    if num:
        yield ('NUM', int(num))
print(list(tokenizer('12+3*(45-6)')))
