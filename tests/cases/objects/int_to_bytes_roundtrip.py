for v, n, o, s in [(0,0,'big',False),(1,1,'big',False),(255,1,'little',False),(-1,1,'big',True),(-129,2,'little',True),(2**64,9,'big',False),(127,1,'big',True),(-128,1,'big',True)]:
    b = v.to_bytes(n, o, signed=s); print(b, int.from_bytes(b, o, signed=s))
for bad in [(256,1,False),(128,1,True),(-129,1,True),(1,0,False)]:
    try: bad[0].to_bytes(bad[1],'big',signed=bad[2])
    except OverflowError as e: print(e)
x=(7**200000).to_bytes(80000,'big'); y=int.from_bytes(x,'big'); print(y == 7**200000, len(x))
print(int.from_bytes(b'', 'big'), (0).to_bytes(3,'big'))
