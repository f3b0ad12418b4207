print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (255).to_bytes(1, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((2**70).to_bytes(9, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(bytes(range(1, 12)), 'big'), int.from_bytes(b'', 'big'), int.from_bytes([1, 2], 'big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print(type(e).__name__, e)
print((5).to_bytes(), (0).to_bytes(3, 'little'))
