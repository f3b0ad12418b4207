match x:
 case C(a=
   __debug__): pass
