f(
 a b
)\x