import dis, opcode
print(dis.stack_effect(opcode.opmap["LOAD_CONST"], 0), dis.stack_effect(opcode.opmap["POP_TOP"]))
print(dis.stack_effect(opcode.opmap["BUILD_LIST"], 4), dis.stack_effect(opcode.opmap["UNPACK_SEQUENCE"], 3))
