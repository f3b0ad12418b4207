from circ import first
VALUE = 2
