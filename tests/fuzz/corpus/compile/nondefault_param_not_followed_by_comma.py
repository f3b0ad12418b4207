def t(s="",p="",t
e)""
