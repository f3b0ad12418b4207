import _opcode
print(_opcode.stack_effect(1), _opcode.stack_effect(9), _opcode.stack_effect(100, 0))
print(_opcode.stack_effect(102, 3), _opcode.stack_effect(105, 2), _opcode.stack_effect(171, 2))
print(_opcode.stack_effect(93, 0), _opcode.stack_effect(93, 0, jump=True), _opcode.stack_effect(93, 0, jump=False))
print(_opcode.stack_effect(132, 15), _opcode.stack_effect(133, 3), _opcode.stack_effect(116, 1))
for args, kw in [((100,), {}), ((1, 1), {}), ((255, 0), {}), ((93, 0), {"jump": 1})]:
    try:
        _opcode.stack_effect(*args, **kw)
    except ValueError as e:
        print(e)
