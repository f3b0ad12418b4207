counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
class Config:
    setting = 'class'
    def set_global(self):
        global setting
        setting = 'global from method'
Config().set_global()
print(setting, Config.setting)
def read_global():
    return counter * 10
print(read_global())
def shadow():
    counter = 'local'
    return counter
print(shadow(), counter)
def use_before_global_def():
    return later_defined
later_defined = 'ok'
print(use_before_global_def())
